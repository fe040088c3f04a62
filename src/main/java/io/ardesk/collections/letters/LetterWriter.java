package io.ardesk.collections.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.PenaltyInterest;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.letters.NewLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the one letter of a case's stage into the archive and outbox, listing every overdue item
 * with the penalty interest accrued to the letter date and not yet charged (docs/domain.md §8: shown, not
 * charged; {@link PenaltyInterest}). Its PDF copy
 * is enclosed when it leaves ({@link DunningLetterCopy}).
 */
@Service
@Transactional
public class LetterWriter {

  /** The kind of the dunning letters of collection cases. */
  public static final String DUNNING = "DUNNING";
  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

  private final Outbox outbox;
  private final LetterRenderer renderer;
  private final ObjectMapper json;
  private final CollectionsProperties properties;
  private final InterestProperties interest;
  private final Clock clock;
  private final PenaltyInterest penaltyInterest;
  private final ExchangeRates exchangeRates;

  LetterWriter(Outbox outbox, LetterRenderer renderer, ObjectMapper json,
      CollectionsProperties properties, InterestProperties interest, Clock clock, PenaltyInterest penaltyInterest,
      ExchangeRates exchangeRates) {
    this.penaltyInterest = penaltyInterest;
    this.exchangeRates = exchangeRates;
    this.outbox = outbox;
    this.renderer = renderer;
    this.json = json;
    this.properties = properties;
    this.interest = interest;
    this.clock = clock;
  }

  /**
   * Writes the letter of this case and stage (the outbox keeps the first one written under its key;
   * look with {@link #letterOf} first to spare the rendering). Empty for stages without letters.
   */
  public Optional<OutgoingLetter> write(Long caseId, Stage stage, Customer customer, List<OverdueItem> items) {
    return write(caseId, stage, customer, items, List.of());
  }

  /** The same, telling the customer of the supervisor's measures (penalty interest charged, cash discount offered). */
  public Optional<OutgoingLetter> write(Long caseId, Stage stage, Customer customer, List<OverdueItem> items,
      List<LetterModel.Measure> measures) {
    if (stage.letterNumber().isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    LetterModel model = model(stage, customer, items, LocalDate.now(clock), measures);
    RenderedLetter rendered = renderer.render(model);
    return Optional.of(outbox.write(new NewLetter(DUNNING, key(caseId, stage), null, model.language(),
        rendered.subject(), rendered.html(), OutgoingLetter.Format.HTML, model.total(), model.currency(),
        new NewLetter.Dunning(caseId, stage.name(), model.interest(), toJson(model))), customer));
  }

  /** The letter of this case and stage, if written. */
  @Transactional(readOnly = true)
  public Optional<OutgoingLetter> letterOf(Long caseId, Stage stage) {
    return outbox.find(key(caseId, stage));
  }

  /** The dunning letters of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<OutgoingLetter> lettersOf(Long caseId) {
    return outbox.ofCase(caseId);
  }

  public Optional<OutgoingLetter> letterToPrint(Long caseId, Stage stage) {
    return letterOf(caseId, stage).filter(l -> l.getDelivery() == OutgoingLetter.Delivery.PRINT);
  }

  public boolean markPrinted(Long letterId) {
    return outbox.markPrinted(letterId);
  }

  /** A case's letter of a stage is unique by this key, and its Message-ID is made of it. */
  static String key(Long caseId, Stage stage) {
    return "dunning-" + caseId + "-" + stage.name().toLowerCase(java.util.Locale.ROOT);
  }

  LetterModel model(Stage stage, Customer customer, List<OverdueItem> items, LocalDate on) {
    return model(stage, customer, items, on, List.of());
  }

  LetterModel model(Stage stage, Customer customer, List<OverdueItem> items, LocalDate on,
      List<LetterModel.Measure> measures) {
    // the one interest rule (docs/domain.md §8): each invoice at its rate, from the later of its due date and the
    // day interest was last charged on it; each item in its own currency with its totals per currency;
    // total and interest in the customer's
    BigDecimal rate = penaltyInterest.rateFor(customer.getCustomerNo(), null);
    List<LetterModel.Item> lines = new java.util.ArrayList<>();
    BigDecimal accrued = BigDecimal.ZERO;
    List<PenaltyInterest.Accrual> accruals = penaltyInterest.accrueAll(customer.getCustomerNo(), items.stream()
        .map(item -> new PenaltyInterest.Due(item.invoiceNo(), item.dueDate(), item.openAmount())).toList(), on);
    for (int i = 0; i < items.size(); i++) {
      OverdueItem item = items.get(i);
      PenaltyInterest.Accrual accrual = accruals.get(i);
      lines.add(new LetterModel.Item(item.invoiceNo(), item.issueDate(), item.dueDate(), item.openAmount(),
          item.daysPastDue(), accrual.interest().setScale(2, RoundingMode.HALF_UP), item.currency()));
      accrued = accrued.add(PenaltyInterest.interest(inCustomerCurrency(item), accrual.annualRate(), accrual.days())
          .setScale(2, RoundingMode.HALF_UP));
    }
    BigDecimal total = items.stream().map(LetterWriter::inCustomerCurrency).reduce(BigDecimal.ZERO, BigDecimal::add);
    String language = letterLanguage(customer.getLanguage());
    return new LetterModel(stage, language, on, customer.getCustomerNo(), customer.getName(),
        customer.getContactPerson(), customer.getAddress(), customer.getCurrency(), lines, total, accrued,
        rate.movePointRight(2), properties.companyName(), properties.paymentInstructions(language), null, measures,
        conversions(items, customer.getCurrency(), on));
  }

  /**
   * The items in other currencies, per currency (alphabetical): their open amount, the rate of the day
   * (the one {@link io.ardesk.ledger.report.LedgerQueries#overdueItems} converted them at) and their
   * converted sum, so the letter shows how its total was made.
   */
  private List<LetterModel.Conversion> conversions(List<OverdueItem> items, String customerCurrency, LocalDate on) {
    java.util.Map<String, BigDecimal[]> sums = new java.util.TreeMap<>();
    for (OverdueItem item : items) {
      if (item.currency() == null || item.currency().equals(customerCurrency)) {
        continue;
      }
      BigDecimal[] sum = sums.computeIfAbsent(item.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(item.openAmount());
      sum[1] = sum[1].add(inCustomerCurrency(item));
    }
    return sums.entrySet().stream().map(e -> new LetterModel.Conversion(e.getKey(), e.getValue()[0],
        exchangeRates.rate(e.getKey(), customerCurrency, on), on, e.getValue()[1])).toList();
  }

  private static BigDecimal inCustomerCurrency(OverdueItem item) {
    return item.customerOpenAmount() == null ? item.openAmount() : item.customerOpenAmount();
  }

  /** The customer's letter language, {@code en}, {@code zh-TW} or {@code zh-CN} ({@link CollectionsProperties#letterLanguage}). */
  public String letterLanguage(String customerLanguage) {
    return properties.letterLanguage(customerLanguage);
  }

  /** Simple penalty interest: amount × annual rate × days / 365, rounded half-up to cents. */
  static BigDecimal interest(BigDecimal amount, BigDecimal annualRate, long days) {
    return amount.multiply(annualRate).multiply(BigDecimal.valueOf(days)).divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
  }

  private String toJson(LetterModel model) {
    try {
      return json.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("letter content not serialisable", e);
    }
  }
}
