package io.ardesk.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in the ledger: {@link BigDecimal} with two decimals, rounded half-up per document. */
public final class Amounts {
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Amounts() {}

  public static BigDecimal round(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? ZERO : round(amount);
  }

  public static boolean positive(BigDecimal amount) {
    return amount != null && amount.signum() > 0;
  }
}
