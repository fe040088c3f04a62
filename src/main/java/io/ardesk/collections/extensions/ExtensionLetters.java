package io.ardesk.collections.extensions;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.PenaltyInterest;
import io.ardesk.collections.letters.LetterRenderer;
import io.ardesk.collections.letters.LetterWriter;
import io.ardesk.language.LocaleFormat;
import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.letters.NewLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The letters that tell the customer the answer to its extension request and, on the new date, the
 * outcome: rendered from {@code templates/letters/extension.html} in the customer's language (days and
 * amounts as its reader writes them, {@link LocaleFormat}) and written into the outbox, one per request
 * and kind.
 */
@Component
class ExtensionLetters {

  static final String TEMPLATE = "extension";
  static final String ANSWER = "EXTENSION_ANSWER";
  static final String OUTCOME = "EXTENSION_OUTCOME";

  private final Outbox outbox;
  private final LetterWriter writer;
  private final LetterRenderer renderer;
  private final CollectionsProperties collections;
  private final InterestProperties interest;
  private final ExtensionProperties properties;
  private final Clock clock;
  private final PenaltyInterest penaltyInterest;

  ExtensionLetters(Outbox outbox, LetterWriter writer, LetterRenderer renderer, CollectionsProperties collections,
      InterestProperties interest, ExtensionProperties properties, Clock clock, PenaltyInterest penaltyInterest) {
    this.penaltyInterest = penaltyInterest;
    this.outbox = outbox;
    this.writer = writer;
    this.renderer = renderer;
    this.collections = collections;
    this.interest = interest;
    this.properties = properties;
    this.clock = clock;
  }

  /** Granted or refused, with the invoices and the new date. */
  OutgoingLetter answer(ExtensionRequest request, Customer customer, List<ExtensionItem> items) {
    String language = writer.letterLanguage(customer.getLanguage());
    String answer = request.getStatus() == ExtensionStatus.GRANTED ? "GRANTED" : "REFUSED";
    String opening = renderer.text(TEMPLATE, language, "opening." + answer, request.getRequestNo(),
        LocaleFormat.of(language).date(request.getRequestedDueDate()), percent(rateOf(request, items)), percent(properties.penaltyRate()));
    String closing = renderer.text(TEMPLATE, language, "closing." + answer);
    return write(ANSWER, "answer", answer, request, customer, items, List.of(), opening, closing);
  }

  /** What was paid by the new date, the charges posted, and that unpaid items go back to collections. */
  OutgoingLetter outcome(ExtensionRequest request, Customer customer, List<ExtensionItem> items,
      List<ExtensionCharge> charges) {
    String language = writer.letterLanguage(customer.getLanguage());
    String outcome = request.getOutcome().name();
    LocaleFormat format = LocaleFormat.of(language);
    String opening = renderer.text(TEMPLATE, language, "opening." + outcome, request.getRequestNo(),
        format.date(request.getRequestedDueDate()), LetterRenderer.money(request.getPaidAmount()),
        LetterRenderer.money(request.getExtendedAmount()), format.currency(request.getCurrency()));
    String closing = renderer.text(TEMPLATE, language,
        request.getOutcome() == ExtensionOutcome.PAID_IN_FULL ? "closing.PAID_IN_FULL" : "closing.UNPAID");
    return write(OUTCOME, "outcome", outcome, request, customer, items, charges, opening, closing);
  }

  private OutgoingLetter write(String kind, String keySuffix, String subjectKey, ExtensionRequest request,
      Customer customer, List<ExtensionItem> items, List<ExtensionCharge> charges, String opening, String closing) {
    String language = writer.letterLanguage(customer.getLanguage());
    String subject = renderer.text(TEMPLATE, language, "subject." + subjectKey, request.getRequestNo(),
        LocaleFormat.of(language).date(request.getRequestedDueDate()), customer.getName());
    Map<String, Object> variables = new HashMap<>();
    variables.put("language", language);
    variables.put("subject", subject);
    variables.put("companyName", collections.companyName());
    variables.put("letterDate", LocalDate.now(clock));
    variables.put("customerName", customer.getName());
    variables.put("contactPerson", customer.getContactPerson() == null ? customer.getName() : customer.getContactPerson());
    variables.put("address", customer.getAddress());
    variables.put("opening", opening);
    variables.put("closing", closing);
    variables.put("newDate", request.getRequestedDueDate());
    variables.put("currency", request.getCurrency());
    variables.put("items", items);
    variables.put("extendedAmount", request.getExtendedAmount());
    variables.put("showOpen", OUTCOME.equals(kind));
    variables.put("charges", charges);
    variables.put("chargesTotal", charges.stream().map(ExtensionCharge::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    variables.put("paymentInstructions", collections.paymentInstructions(language));
    String html = renderer.html(TEMPLATE, language, variables);
    BigDecimal amount = OUTCOME.equals(kind) && request.getBalance() != null ? request.getBalance()
        : request.getExtendedAmount();
    return outbox.write(new NewLetter(kind, "extension-" + request.getRequestNo().toLowerCase() + "-" + keySuffix,
        request.getRequestNo(), language, subject, html, OutgoingLetter.Format.HTML, amount, request.getCurrency()),
        customer);
  }

  /** The interest rate of the extended invoices (docs/domain.md §8: the contract's, else the customer's, else the default). */
  private BigDecimal rateOf(ExtensionRequest request, List<ExtensionItem> items) {
    return items.isEmpty() ? penaltyInterest.rateFor(request.getCustomerNo(), null)
        : penaltyInterest.rateOf(items.get(0).getInvoiceNo());
  }

  private static String percent(BigDecimal rate) {
    return rate.movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
