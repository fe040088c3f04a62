package io.ardesk.language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The team's language, {@code ardesk.language} ({@code ARDESK_LANGUAGE}: {@code en}, {@code zh-TW} or
 * {@code zh-CN}; default {@code en}), and AR Desk's own text in it: Tasklist filter names, task names
 * and descriptions, form labels, the API's problem details, the webapps' fallback language and the
 * letter language of customers without one. The text lives in the message bundles
 * {@code i18n/messages.properties}, {@code _zh_TW} and {@code _zh_CN} (UTF-8); every key is in all
 * three ({@code MessageBundlesTest}). Text already written (a task created, a filter named) keeps its
 * language until AR Desk writes it again: docs/configuration.md, "Languages".
 */
@Component
public class TeamLanguage {

  /** The languages AR Desk speaks, as {@code ardesk.language} names them. */
  public static final List<String> LANGUAGES = List.of("en", "zh-TW", "zh-CN");

  /** The bundles of AR Desk's own text. */
  public static final String BUNDLE = "i18n/messages";

  private final String tag;
  private final Locale locale;
  private final ResourceBundleMessageSource messages;

  public TeamLanguage(@Value("${ardesk.language:en}") String configured) {
    this.tag = teamLanguage(configured);
    this.locale = Locale.forLanguageTag(tag);
    this.messages = messageSource();
  }

  /** The team's language in English ({@code en}), the default. */
  public static TeamLanguage english() {
    return new TeamLanguage("en");
  }

  /** The bundles as Spring reads them: UTF-8, no fall-back to the machine's locale, always MessageFormat. */
  public static ResourceBundleMessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename(BUNDLE);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /**
   * {@code en}, {@code zh-TW} or {@code zh-CN} for the setting, written in any case and with a
   * hyphen or an underscore ({@code zh_tw}); anything else stops the start with the values allowed.
   */
  public static String teamLanguage(String configured) {
    String tag = configured == null ? "" : configured.trim().replace('_', '-');
    return LANGUAGES.stream().filter(known -> known.equalsIgnoreCase(tag)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ardesk.language (ARDESK_LANGUAGE) is '" + configured
            + "'; AR Desk speaks " + String.join(", ", LANGUAGES)));
  }

  /** {@code en}, {@code zh-TW} or {@code zh-CN}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  public boolean chinese() {
    return !"en".equals(tag);
  }

  /** The letter language of a customer who names none: the team's, {@code en}, {@code zh-TW} or {@code zh-CN}. */
  public String letterLanguage() {
    return tag;
  }

  /** The text of {@code key} in the team's language, {@code {0}}, {@code {1}} … filled with {@code args}. */
  public String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** The text of {@code key}, or {@code fallback} when no bundle has the key. */
  public String textOr(String key, String fallback, Object... args) {
    try {
      return text(key, args);
    } catch (NoSuchMessageException e) {
      return fallback;
    }
  }

  /**
   * A code in the team's words, from the key {@code prefix + value.name()} ({@code settlement.CREDIT});
   * the code itself when there is no such key, nothing when there is no value.
   */
  public String word(String prefix, Enum<?> value) {
    return value == null ? "" : textOr(prefix + value.name(), value.name());
  }

  /**
   * An amount with its currency as the team reads it: {@code 12,400.00 CNY} in English,
   * {@code 12,400.00 元} in Chinese for renminbi (other currencies keep their code): {@link LocaleFormat}.
   */
  public String money(BigDecimal amount, String currency) {
    return LocaleFormat.of(tag).money(amount, currency);
  }

  /** {@code 12,400.00}: two decimals (half up) and thousands separators in every language. */
  public static String money(BigDecimal amount) {
    return LocaleFormat.money(amount);
  }

  /** {@link #money(BigDecimal)} of a figure kept as text ({@code "80000.00"}); text that is no number stays as it is. */
  public static String money(String figure) {
    if (figure == null || figure.isBlank()) {
      return figure;
    }
    try {
      return money(new BigDecimal(figure.trim()));
    } catch (NumberFormatException notANumber) {
      return figure;
    }
  }

  /** A day as the team writes it: {@code 2026-12-06} in English, {@code 2026年12月6日} in Chinese; no day: —. */
  public String date(LocalDate day) {
    return day == null ? "—" : LocaleFormat.of(tag).date(day);
  }

  /** A month as the team writes it: {@code 2026-11} in English, {@code 2026年11月} in Chinese. */
  public String month(YearMonth month) {
    if (month == null) {
      return "—";
    }
    return LocaleFormat.of(tag).month(month);
  }

  /** A moment as the team writes it: {@code 2026-12-06 09:30} in English, {@code 2026年12月6日 09:30} in Chinese. */
  public String dateTime(LocalDateTime moment) {
    if (moment == null) {
      return "—";
    }
    return LocaleFormat.of(tag).dateTime(moment);
  }
}
