package io.ardesk.statements;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.letters.LetterRenderer;
import io.ardesk.language.LocaleFormat;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.letters.NewLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of account and its reminder as letters: HTML from
 * {@code templates/letters/statement.html} in the customer's language (days as its reader writes them,
 * {@link LocaleFormat}), written into the outbox once
 * per statement and kind (the Message-ID is made of the customer and month, so a retried job sends
 * nothing twice); the PDF copy is added when the letter leaves ({@link StatementCopy}).
 */
@Component
@Transactional
public class StatementLetters {
  public static final String STATEMENT = "STATEMENT";
  public static final String REMINDER = "STATEMENT_REMINDER";
  static final String TEMPLATE = "statement";

  private final Outbox outbox;
  private final LetterRenderer renderer;
  private final Statements statements;
  private final CustomerRepository customers;
  private final CollectionsProperties collections;
  private final StatementsProperties properties;

  StatementLetters(Outbox outbox, LetterRenderer renderer, Statements statements, CustomerRepository customers,
      CollectionsProperties collections, StatementsProperties properties) {
    this.outbox = outbox;
    this.renderer = renderer;
    this.statements = statements;
    this.customers = customers;
    this.collections = collections;
    this.properties = properties;
  }

  /** The reference of a statement's letters: {@code <customerNo>:<yyyy-MM>}, the process's business key. */
  public static String reference(String customerNo, YearMonth month) {
    return customerNo + ":" + month;
  }

  /** Writes the statement letter; waits to be printed (delivery PRINT) when the customer has no e-mail. */
  public OutgoingLetter statement(String customerNo, YearMonth month) {
    return write(STATEMENT, "", customerNo, month);
  }

  /** The reminder: the same statement again, asking for the answer. */
  public OutgoingLetter reminder(String customerNo, YearMonth month) {
    return write(REMINDER, "-reminder", customerNo, month);
  }

  private OutgoingLetter write(String kind, String keySuffix, String customerNo, YearMonth month) {
    String key = ("statement-" + customerNo + "-" + month + keySuffix).toLowerCase(Locale.ROOT);
    var written = outbox.find(key);
    if (written.isPresent()) {
      return written.get();
    }
    Customer customer = customers.byCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    StatementView statement = statements.get(customerNo, month);
    StatementContent content = statement.content();
    String language = content.language();
    LocaleFormat format = LocaleFormat.of(language);
    String subject = renderer.text(TEMPLATE, language, "subject." + kind, customer.getName(), format.date(content.from()),
        format.date(content.to()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("language", language);
    variables.put("subject", subject);
    variables.put("companyName", collections.companyName());
    variables.put("statement", content);
    variables.put("contactPerson", content.contactPerson() == null ? content.customerName() : content.contactPerson());
    variables.put("opening", renderer.text(TEMPLATE, language, "opening." + kind, format.date(content.from()),
        format.date(content.to()), Integer.toString(properties.answerDays())));
    String body = renderer.html(TEMPLATE, language, variables);
    return outbox.write(new NewLetter(kind, key, reference(customerNo, month), language, subject, body,
        OutgoingLetter.Format.HTML, statement.closingBalance(), statement.currency()), customer);
  }
}
