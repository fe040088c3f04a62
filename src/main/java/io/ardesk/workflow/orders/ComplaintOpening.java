package io.ardesk.workflow.orders;

import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.orders.Inquiry;
import io.ardesk.orders.OrderConcern;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.SalesOrder;
import io.ardesk.workflow.SystemAccess;
import io.ardesk.workflow.complaints.ComplaintIntake;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens a complaint for a problem found after shipment (a receipt problem, dissatisfaction) through
 * complaint handling's intake, naming the order's invoice (disputed while the complaint runs). The
 * order number is the source reference, so a retried step opens nothing twice; the complaint's
 * number is kept on the concern.
 */
@Component
class ComplaintOpening {

  private final OrderService orders;
  private final ComplaintIntake intake;
  private final SystemAccess system;

  ComplaintOpening(OrderService orders, ComplaintIntake intake, SystemAccess system) {
    this.orders = orders;
    this.intake = intake;
    this.system = system;
  }

  void open(OrderConcern concern) {
    if (concern.getComplaintNo() != null) {
      return;
    }
    SalesOrder order = concern.getOrder();
    boolean receipt = concern.getInquiry() == Inquiry.RECEIPT;
    NewComplaint complaint = new NewComplaint(order.getCustomerNo(), concern.getCategory(),
        (receipt ? "Receipt inquiry" : "Satisfaction inquiry") + " on order " + order.getOrderNo() + ": "
            + concern.getDescription(),
        order.getInvoiceNo() == null ? List.of() : List.of(order.getInvoiceNo()), null,
        receipt ? ComplaintSource.DELIVERY_INQUIRY : ComplaintSource.SATISFACTION_INQUIRY, order.getOrderNo());
    String complaintNo = system.call(() -> intake.open(complaint, concern.getRaisedBy())).complaintNo();
    orders.complaintOpened(concern.getId(), complaintNo);
  }
}
