package io.ardesk.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as people read it in reasons, task names and e-mails: {@code 12,400.00}. */
public final class Money {
  private Money() {}

  public static String format(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount == null ? BigDecimal.ZERO : amount.setScale(2, RoundingMode.HALF_UP));
  }
}
