package io.ardesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  @Test
  void chineseInEitherScriptWritesTheDayInChineseAndRenminbiAsYuan() {
    for (String language : new String[] {"zh-TW", "zh-CN", "zh", "zh_TW", "ZH-cn"}) {
      LocaleFormat format = LocaleFormat.of(language);
      assertThat(format.date(DAY)).isEqualTo("2026年12月6日");
      assertThat(format.money(new BigDecimal("12400"), "CNY")).isEqualTo("12,400.00 元");
      assertThat(format.money(new BigDecimal("12400"), "USD")).isEqualTo("12,400.00 USD");
      assertThat(format.currency("CNY")).isEqualTo("元");
    }
  }

  @Test
  void englishAndAnythingElseKeepIsoDaysAndCurrencyCodes() {
    for (String language : new String[] {"en", null, "", "fr", "zhx"}) {
      LocaleFormat format = LocaleFormat.of(language);
      assertThat(format.date(DAY)).isEqualTo("2026-12-06");
      assertThat(format.money(new BigDecimal("12400"), "CNY")).isEqualTo("12,400.00 CNY");
      assertThat(format.currency("CNY")).isEqualTo("CNY");
    }
  }

  @Test
  void noDayIsEmptyAndNoAmountIsZero() {
    assertThat(LocaleFormat.of("zh-TW").date(null)).isEmpty();
    assertThat(LocaleFormat.money(null)).isEqualTo("0.00");
    assertThat(LocaleFormat.of("en").money(new BigDecimal("-1234567.891"), null)).isEqualTo("-1,234,567.89");
  }
}
