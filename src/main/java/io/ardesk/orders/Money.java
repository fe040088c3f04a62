package io.ardesk.orders;

import io.ardesk.language.TeamLanguage;
import java.math.BigDecimal;

/** Money as people read it in reasons, task names and e-mails: {@code 12,400.00} ({@link TeamLanguage#money(BigDecimal)}). */
public final class Money {
  private Money() {}

  public static String format(BigDecimal amount) {
    return TeamLanguage.money(amount);
  }
}
