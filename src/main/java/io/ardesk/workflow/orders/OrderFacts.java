package io.ardesk.workflow.orders;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.orders.OrderView;

/**
 * The facts of an order as people read them in task descriptions and forms, in the team's language
 * (message keys {@code order.facts.*}); the credit decision's reasons are the order's record, as written then.
 */
final class OrderFacts {
  private OrderFacts() {}

  static String details(OrderView order, Customer customer, TeamLanguage language) {
    String currency = order.currency();
    StringBuilder text = new StringBuilder(language.text("order.facts.head", order.orderNo(), customer.getName(),
        customer.getCustomerNo(), language.date(order.orderDate()), language.money(order.amount(), currency)));
    if (order.requestedShipDate() != null) {
      text.append(language.text("order.facts.shipBy", language.date(order.requestedShipDate())));
    }
    text.append('\n').append(language.text("order.facts.status", orDash(language.word("order.status.", order.status()))));
    if (order.decision() != null) {
      text.append(language.text("order.facts.decision", orDash(language.word("order.decision.", order.decision()))));
      if (order.supervisorRequired()) {
        text.append(language.text("order.facts.supervisor"));
      }
    }
    for (String reason : order.reasons()) {
      text.append("\n  - ").append(reason);
    }
    text.append('\n').append(language.text("order.facts.customer", orDash(language.word("customer.status.", customer.getStatus())),
        orDash(language.word("settlement.", customer.getSettlementMethod())), String.valueOf(customer.getPaymentTermsDays()),
        TeamLanguage.money(customer.getCreditLimit()), orDash(customer.getGrade())));
    if (order.invoiceNo() != null) {
      text.append('\n').append(language.text("order.facts.invoice", order.invoiceNo(),
          language.money(order.invoicedAmount(), currency), language.date(order.shipDate()),
          language.date(order.dueDate())));
    }
    text.append('\n').append(language.text("order.facts.contact", orDash(customer.getContactPerson()),
        orDash(customer.getPhone()), orDash(customer.getEmail())));
    return text.toString();
  }

  /** The value, or a dash for none. */
  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
