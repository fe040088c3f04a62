package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseAgenda;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.workflow.EngineText;
import io.ardesk.ledger.report.OverdueItem;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The facts of a case as people read them in task names, descriptions and forms, sized for the
 * engine's columns: a task name holds 255 characters, a String variable and a task description 4,000.
 * The letter lists every item; a task shows the first {@value #ITEMS_SHOWN} and "and N more".
 */
final class CaseFacts {
  private CaseFacts() {}

  static final int ITEMS_SHOWN = 10;
  static final int NAME_LIMIT = EngineText.NAME_LIMIT;
  static final int TEXT_LIMIT = EngineText.TEXT_LIMIT;

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

  static String details(Customer customer, CaseAgenda agenda) {
    StringBuilder text = new StringBuilder()
        .append(clip(customer.getName(), 200)).append(" (").append(customer.getCustomerNo()).append("), stage ")
        .append(agenda.stage()).append('\n')
        .append("Overdue: ").append(money(agenda.overdueAmount())).append(' ').append(agenda.currency())
        .append(" in ").append(agenda.overdueItems()).append(" invoice(s), oldest ")
        .append(agenda.oldestDaysPastDue()).append(" days past due\n");
    int shown = 0;
    for (OverdueItem item : agenda.items().stream()
        .sorted((a, b) -> Integer.compare(b.daysPastDue(), a.daysPastDue())).limit(ITEMS_SHOWN).toList()) {
      text.append("  ").append(clip(item.invoiceNo(), 40)).append("  issued ").append(item.issueDate())
          .append("  due ").append(item.dueDate()).append("  ").append(money(item.openAmount())).append(' ')
          .append(item.currency()).append("  ").append(item.daysPastDue()).append(" days\n");
      shown++;
    }
    if (agenda.items().size() > shown) {
      text.append("  … and ").append(agenda.items().size() - shown).append(" more (all of them in the letter and in"
          + " GET /api/reports/aging?customerNo=").append(customer.getCustomerNo()).append(")\n");
    }
    text.append("Contact: ").append(clip(orDash(customer.getContactPerson()), 200)).append(", principal ")
        .append(clip(orDash(customer.getPrincipal()), 200)).append(", phone ").append(clip(orDash(customer.getPhone()), 60))
        .append(", e-mail ").append(clip(orDash(customer.getEmail()), 200));
    if (agenda.paused()) {
      text.append("\nOpen promise to pay: the case waits until ").append(agenda.promiseOpenUntil());
    }
    return clip(text.toString(), TEXT_LIMIT);
  }

  static String clip(String text, int limit) {
    return EngineText.clip(text, limit);
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
