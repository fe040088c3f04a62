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
    List<Measure> measures) {

  public LetterModel {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

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

  public record Item(String invoiceNo, LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount,
      long daysPastDue, BigDecimal interest) {}

  public int letterNumber() {
    return stage.letterNumber().orElseThrow(() -> new IllegalStateException(stage + " sends no letter"));
  }
}
