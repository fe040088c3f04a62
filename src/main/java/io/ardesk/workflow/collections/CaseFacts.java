package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseAgenda;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.report.OverdueItem;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** The facts of a case as people read them in task names, descriptions and forms. */
final class CaseFacts {
  private CaseFacts() {}

  static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount == null ? BigDecimal.ZERO : amount);
  }

  /** "Acme Ltd about 3 overdue invoices (12,400.00 CNY, 47 days)" */
  static String summary(Customer customer, CaseAgenda agenda) {
    return customer.getName() + " about " + agenda.overdueItems() + " overdue invoice"
        + (agenda.overdueItems() == 1 ? "" : "s") + " (" + money(agenda.overdueAmount()) + " " + agenda.currency()
        + ", " + agenda.oldestDaysPastDue() + " days)";
  }

  static String details(Customer customer, CaseAgenda agenda, List<OverdueItem> items) {
    StringBuilder text = new StringBuilder()
        .append(customer.getName()).append(" (").append(customer.getCustomerNo()).append("), stage ")
        .append(agenda.stage()).append('\n')
        .append("Overdue: ").append(money(agenda.overdueAmount())).append(' ').append(agenda.currency())
        .append(" in ").append(agenda.overdueItems()).append(" invoice(s), oldest ")
        .append(agenda.oldestDaysPastDue()).append(" days past due\n");
    for (OverdueItem item : items) {
      text.append("  ").append(item.invoiceNo()).append("  issued ").append(item.issueDate()).append("  due ")
          .append(item.dueDate()).append("  ").append(money(item.openAmount())).append(' ').append(item.currency())
          .append("  ").append(item.daysPastDue()).append(" days\n");
    }
    text.append("Contact: ").append(orDash(customer.getContactPerson())).append(", principal ")
        .append(orDash(customer.getPrincipal())).append(", phone ").append(orDash(customer.getPhone()))
        .append(", e-mail ").append(orDash(customer.getEmail()));
    if (agenda.openPromise()) {
      text.append("\nOpen promise to pay: judged on ").append(agenda.promiseCheckDate());
    }
    return text.toString();
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
