package io.ardesk.collections.extensions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of docs/domain.md §8. Interest for the extension period follows the one interest rule
 * ({@link io.ardesk.collections.PenaltyInterest}: balance × the invoice's rate × days / 365, from the
 * later of the due date before the extension and the day interest was last charged, to the new date);
 * penalty (違約金) = penalty rate × amount. Amounts are rounded half-up to cents once, per charge document.
 */
public final class ExtensionCharges {
  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

  private ExtensionCharges() {}

  /** The unrounded interest on one item, to be added up and rounded per charge. */
  static BigDecimal interest(BigDecimal balance, BigDecimal annualRate, LocalDate fromDueDate, LocalDate newDate) {
    long days = ChronoUnit.DAYS.between(fromDueDate, newDate);
    return balance.multiply(annualRate).multiply(BigDecimal.valueOf(days)).divide(DAYS_A_YEAR, 10, RoundingMode.HALF_UP);
  }

  static BigDecimal penalty(BigDecimal amount, BigDecimal penaltyRate) {
    return cents(amount.multiply(penaltyRate));
  }

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The share paid, rounded down (a share just under one half stays under it), 0 to 1; an extended
   * amount of zero counts as paid.
   */
  static BigDecimal paidShare(BigDecimal paid, BigDecimal extended) {
    if (extended.signum() <= 0) {
      return BigDecimal.ONE;
    }
    return paid.max(BigDecimal.ZERO).divide(extended, 10, RoundingMode.DOWN).min(BigDecimal.ONE);
  }
}
