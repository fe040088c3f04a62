package io.ardesk.collections.letters;

import io.ardesk.collections.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dunning letter (催討函) says: one per customer and stage, listing every overdue item, the
 * total, the penalty interest accrued to the letter date (for information) and how to pay.
 */
public record LetterModel(
    Stage stage,
    String language,
    LocalDate letterDate,
    String customerNo,
    String customerName,
    String contactPerson,
    String address,
    String currency,
    List<Item> items,
    BigDecimal total,
    BigDecimal interest,
    BigDecimal annualRatePercent,
    String companyName,
    String paymentInstructions,
    List<Total> totals,
    List<Measure> measures,
    List<Conversion> conversions) {

  /**
   * The items in one other currency than the letter's, converted into it for {@code total}: their open
   * amount, the rate of the letter date and what they count in the total (the sum of the items' converted
   * amounts).
   */
  public record Conversion(String currency, BigDecimal amount, BigDecimal rate, LocalDate on, BigDecimal converted) {}

  /**
   * A supervisor's auxiliary measure the letter tells the customer of: {@code PENALTY_INTEREST}
   * (amount, charge number) or {@code CASH_DISCOUNT} (percent, amount, pay-by date).
   */
  public record Measure(String kind, BigDecimal amount, String currency, BigDecimal discountPercent, LocalDate payBy,
      String chargeNo) {
    public boolean penaltyInterest() {
      return "PENALTY_INTEREST".equals(kind);
    }

    public String percent() {
      return discountPercent == null ? "" : discountPercent.stripTrailingZeros().toPlainString();
    }
  }

  /**
   * One overdue item in its own currency ({@code currency}; null: the letter's). {@code total} and
   * {@code interest} of the letter are in the customer's currency ({@code currency} of the letter),
   * items in another currency converted; {@code totals} sum the items per currency, unconverted.
   */
  public record Item(String invoiceNo, LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount,
      long daysPastDue, BigDecimal interest, String currency) {

    public Item(String invoiceNo, LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount, long daysPastDue,
        BigDecimal interest) {
      this(invoiceNo, issueDate, dueDate, openAmount, daysPastDue, interest, null);
    }
  }

  /** The open amount and the interest of the items in one currency. */
  public record Total(String currency, BigDecimal openAmount, BigDecimal interest) {}

  public LetterModel {
    if (totals == null) {
      totals = totalsOf(items, currency);
    }
    measures = measures == null ? List.of() : List.copyOf(measures);
    conversions = conversions == null ? List.of() : List.copyOf(conversions);
  }

  /** A letter whose total holds no converted items. */
  public LetterModel(Stage stage, String language, LocalDate letterDate, String customerNo, String customerName,
      String contactPerson, String address, String currency, List<Item> items, BigDecimal total, BigDecimal interest,
      BigDecimal annualRatePercent, String companyName, String paymentInstructions, List<Total> totals,
      List<Measure> measures) {
    this(stage, language, letterDate, customerNo, customerName, contactPerson, address, currency, items, total,
        interest, annualRatePercent, companyName, paymentInstructions, totals, measures, List.of());
  }

  /** A letter whose totals per currency are summed from its items. */
  public LetterModel(Stage stage, String language, LocalDate letterDate, String customerNo, String customerName,
      String contactPerson, String address, String currency, List<Item> items, BigDecimal total, BigDecimal interest,
      BigDecimal annualRatePercent, String companyName, String paymentInstructions) {
    this(stage, language, letterDate, customerNo, customerName, contactPerson, address, currency, items, total,
        interest, annualRatePercent, companyName, paymentInstructions, totalsOf(items, currency), List.of(), List.of());
  }

  /** The items' sums per currency: the letter's currency first, then the others in alphabetical order. */
  static List<Total> totalsOf(List<Item> items, String currency) {
    java.util.Map<String, BigDecimal[]> sums = new java.util.TreeMap<>(
        java.util.Comparator.comparing((String c) -> !c.equals(currency)).thenComparing(c -> c));
    for (Item item : items) {
      BigDecimal[] sum = sums.computeIfAbsent(item.currency() == null ? currency : item.currency(),
          c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(item.openAmount());
      sum[1] = sum[1].add(item.interest());
    }
    return sums.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  /** The item's currency when it is not the letter's (shown beside its amount), else empty. */
  public String foreignCurrency(Item item) {
    return item.currency() == null || item.currency().equals(currency) ? "" : " " + item.currency();
  }

  public int letterNumber() {
    return stage.letterNumber().orElseThrow(() -> new IllegalStateException(stage + " sends no letter"));
  }
}
