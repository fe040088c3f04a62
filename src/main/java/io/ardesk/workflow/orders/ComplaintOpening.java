package io.ardesk.workflow.orders;

import io.ardesk.orders.OrderConcern;
import io.ardesk.orders.OrderEvent;
import io.ardesk.orders.OrderService;
import org.springframework.stereotype.Component;

/**
 * Opens a complaint for a problem found after shipment (a receipt problem, dissatisfaction).
 * Complaint handling (issue 8) is not in this build yet: until it is, the concern stays recorded
 * on the order, without a complaint number, and the order's history says so. Once it is, this
 * calls its intake with the order number as source reference, so a retry opens nothing twice.
 */
@Component
class ComplaintOpening {

  private final OrderService orders;

  ComplaintOpening(OrderService orders) {
    this.orders = orders;
  }

  void open(OrderConcern concern) {
    if (concern.getComplaintNo() != null) {
      return;
    }
    orders.note(concern.getOrder().getOrderNo(),
        concern.getInquiry() == io.ardesk.orders.Inquiry.RECEIPT ? OrderEvent.Kind.RECEIPT_PROBLEM
            : OrderEvent.Kind.CUSTOMER_DISSATISFIED,
        "recorded for complaint handling: " + concern.getCategory() + ", " + concern.getDescription(), "system");
  }
}
