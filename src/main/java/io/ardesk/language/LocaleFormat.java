package io.ardesk.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days and amounts as a reader of one language writes them, the one formatter of AR Desk's text: Tasklist
 * task texts ({@link TeamLanguage}), letters' e-mails and subjects, and the PDFs. Chinese
 * ({@code zh}, {@code zh-TW}, {@code zh-CN}): {@code 2026年12月6日}, {@code 12,400.00 元}; English:
 * {@code 2026-12-06}, {@code 12,400.00 CNY}. Amounts have two decimals and thousands separators in
 * every language; currencies other than renminbi keep their code.
 */
public final class LocaleFormat {

  private static final LocaleFormat ENGLISH = new LocaleFormat(false);
  private static final LocaleFormat CHINESE = new LocaleFormat(true);

  private final boolean chinese;

  private LocaleFormat(boolean chinese) {
    this.chinese = chinese;
  }

  /** The format of a language tag: Chinese for {@code zh} and any {@code zh-…}, else English. */
  public static LocaleFormat of(String language) {
    String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    return tag.equals("zh") || tag.startsWith("zh-") || tag.startsWith("zh_") ? CHINESE : ENGLISH;
  }

  public boolean chinese() {
    return chinese;
  }

  /** {@code 2026年12月6日} in Chinese, {@code 2026-12-06} in English; empty for no day. */
  public String date(LocalDate day) {
    if (day == null) {
      return "";
    }
    return chinese ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日" : day.toString();
  }

  /** {@code 2026年11月} in Chinese, {@code 2026-11} in English; empty for no month. */
  public String month(YearMonth month) {
    if (month == null) {
      return "";
    }
    return chinese ? month.getYear() + "年" + month.getMonthValue() + "月" : month.toString();
  }

  /** {@code 2026年12月6日 09:30} in Chinese, {@code 2026-12-06 09:30} in English; empty for no moment. */
  public String dateTime(LocalDateTime moment) {
    if (moment == null) {
      return "";
    }
    return chinese ? date(moment.toLocalDate()) + " " + CLOCK.format(moment) : DATE_TIME.format(moment);
  }

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** {@code 12,400.00 元} in Chinese for renminbi, {@code 12,400.00 CNY} in English; no currency: the figure. */
  public String money(BigDecimal amount, String currency) {
    String figure = money(amount);
    return currency == null || currency.isBlank() ? figure : figure + " " + currency(currency);
  }

  /** How the reader names a currency: {@code 元} for {@code CNY} in Chinese, else its code. */
  public String currency(String code) {
    return chinese && "CNY".equals(code) ? "元" : code;
  }

  /** {@code 12,400.00}: two decimals (half up) and thousands separators in every language; no amount is 0.00. */
  public static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount == null ? BigDecimal.ZERO : amount.setScale(2, RoundingMode.HALF_UP));
  }
}
