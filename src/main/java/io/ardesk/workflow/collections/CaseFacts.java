package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseAgenda;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.workflow.EngineText;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.language.TeamLanguage;
import java.math.BigDecimal;

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
    return TeamLanguage.money(amount);
  }

  /** "Acme Ltd about 3 overdue invoices (12,400.00 CNY, 47 days)", in the team's language. */
  static String summary(Customer customer, CaseAgenda agenda, TeamLanguage language) {
    return language.text(agenda.overdueItems() == 1 ? "case.summary.one" : "case.summary.many", customer.getName(),
        language.money(agenda.overdueAmount(), agenda.currency()), String.valueOf(agenda.oldestDaysPastDue()),
        String.valueOf(agenda.overdueItems()));
  }

  static String details(Customer customer, CaseAgenda agenda, TeamLanguage language) {
    StringBuilder text = new StringBuilder()
        .append(language.text("case.details.head", clip(customer.getName(), 200), customer.getCustomerNo(),
            language.text("stage." + agenda.stage().name()))).append('\n')
        .append(language.text("case.details.overdue", language.money(agenda.overdueAmount(), agenda.currency()),
            String.valueOf(agenda.overdueItems()), String.valueOf(agenda.oldestDaysPastDue()))).append('\n');
    int shown = 0;
    for (OverdueItem item : agenda.items().stream()
        .sorted((a, b) -> Integer.compare(b.daysPastDue(), a.daysPastDue())).limit(ITEMS_SHOWN).toList()) {
      text.append(language.text("case.details.item", clip(item.invoiceNo(), 40), language.date(item.issueDate()),
          language.date(item.dueDate()), language.money(item.openAmount(), item.currency()),
          String.valueOf(item.daysPastDue()))).append('\n');
      shown++;
    }
    if (agenda.items().size() > shown) {
      text.append(language.text("case.details.more", String.valueOf(agenda.items().size() - shown),
          customer.getCustomerNo())).append('\n');
    }
    text.append(language.text("case.details.contact", clip(orDash(customer.getContactPerson()), 200),
        clip(orDash(customer.getPrincipal()), 200), clip(orDash(customer.getPhone()), 60),
        clip(orDash(customer.getEmail()), 200)));
    if (agenda.paused()) {
      text.append('\n').append(language.text("case.details.promise", language.date(agenda.promiseOpenUntil())));
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
