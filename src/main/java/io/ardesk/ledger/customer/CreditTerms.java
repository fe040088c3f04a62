package io.ardesk.ledger.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Changes to a customer's credit terms; a null field stays as it is. */
public record CreditTerms(
    BigDecimal creditLimit,
    String grade,
    SettlementMethod settlementMethod,
    Integer paymentTermsDays,
    LocalDate lastReviewDate,
    LocalDate nextReviewDate) {

  public static CreditTerms limitAndGrade(BigDecimal creditLimit, String grade) {
    return new CreditTerms(creditLimit, grade, null, null, null, null);
  }
}
