package io.ardesk.workflow.orders;

import io.ardesk.ledger.customer.Customer;
import io.ardesk.orders.Money;
import io.ardesk.orders.OrderView;

/** The facts of an order as people read them in task descriptions and forms. */
final class OrderFacts {
  private OrderFacts() {}

  /** "60,000.00 CNY" */
  static String amount(OrderView order) {
    return Money.format(order.amount()) + " " + order.currency();
  }

  static String invoiced(OrderView order) {
    return Money.format(order.invoicedAmount()) + " " + order.currency();
  }

  static String details(OrderView order, Customer customer) {
    StringBuilder text = new StringBuilder()
        .append("Order ").append(order.orderNo()).append(" of ").append(customer.getName()).append(" (")
        .append(customer.getCustomerNo()).append("), ordered ").append(order.orderDate()).append(": ")
        .append(amount(order));
    if (order.requestedShipDate() != null) {
      text.append(", ship by ").append(order.requestedShipDate());
    }
    text.append("\nStatus ").append(order.status());
    if (order.decision() != null) {
      text.append(", credit decision ").append(order.decision());
      if (order.supervisorRequired()) {
        text.append(" (more than 20% over the limit: a supervisor approves too)");
      }
    }
    for (String reason : order.reasons()) {
      text.append("\n  - ").append(reason);
    }
    text.append("\nCustomer: status ").append(customer.getStatus()).append(", settlement ")
        .append(customer.getSettlementMethod()).append(", ").append(customer.getPaymentTermsDays())
        .append(" days, limit ").append(Money.format(customer.getCreditLimit())).append(", grade ")
        .append(orDash(customer.getGrade()));
    if (order.invoiceNo() != null) {
      text.append("\nInvoice ").append(order.invoiceNo()).append(": ").append(invoiced(order)).append(", shipped ")
          .append(order.shipDate()).append(", due ").append(order.dueDate());
    }
    text.append("\nContact: ").append(orDash(customer.getContactPerson())).append(", phone ")
        .append(orDash(customer.getPhone())).append(", e-mail ").append(orDash(customer.getEmail()));
    return text.toString();
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
