package io.ardesk.collections;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.collections.*}: the numbers of the escalation ladder that are not in the DMN table.
 *
 * @param promiseGraceDays days after a promised date before a promise counts as broken (§9: 3)
 * @param recallDays days until the collector calls again after no contact or an excuse
 * @param decisionDueDays days a supervisor has for an agency or lawsuit decision
 * @param defaultLanguage letter language for customers without one ({@code en}, {@code zh-TW} or
 *     {@code zh-CN}; {@code zh} is Simplified); unset, the team's language ({@code ardesk.language})
 * @param companyName the sender named in letters
 * @param paymentInstructions how to pay, per letter language ({@code en}, {@code zh-TW}, {@code zh-CN});
 *     a Chinese letter without its own falls back to {@code zh}, any letter at last to {@code en}
 * @param runPageSize customers per transaction in a collections run
 * @see io.ardesk.letters.OutboxProperties the outbox's keys, also under {@code ardesk.collections.*}
 */
@ConfigurationProperties("ardesk.collections")
public record CollectionsProperties(
    @DefaultValue("3") int promiseGraceDays,
    @DefaultValue("2") int recallDays,
    @DefaultValue("3") int decisionDueDays,
    @DefaultValue("zh") String defaultLanguage,
    @DefaultValue("AR Desk") String companyName,
    Map<String, String> paymentInstructions,
    @DefaultValue("500") int runPageSize) {

  public CollectionsProperties {
    paymentInstructions = paymentInstructions == null ? Map.of() : Map.copyOf(paymentInstructions);
    defaultLanguage = letterLanguageOf(defaultLanguage, SIMPLIFIED);
  }

  /** Languages letters are written in: English, Traditional Chinese and Simplified Chinese. */
  public static final java.util.List<String> LETTER_LANGUAGES = java.util.List.of("en", "zh-TW", "zh-CN");

  private static final String SIMPLIFIED = "zh-CN";

  /**
   * The letter language of a customer's language: {@code en} for English, {@code zh-TW} for Traditional
   * Chinese ({@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-Hant}), {@code zh-CN} for Simplified
   * ({@code zh-CN}, {@code zh-SG}, {@code zh-Hans}); a bare {@code zh} is the default's script when the
   * default is Chinese, else Simplified; none or another language: the default.
   */
  public String letterLanguage(String customerLanguage) {
    return letterLanguageOf(customerLanguage, defaultLanguage);
  }

  private static String letterLanguageOf(String tag, String otherwise) {
    String language = tag == null ? "" : tag.strip().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    if (language.equals("en") || language.startsWith("en-")) {
      return "en";
    }
    if (language.equals("zh")) {
      return otherwise.startsWith("zh") ? otherwise : SIMPLIFIED;
    }
    if (language.startsWith("zh-")) {
      return java.util.List.of("zh-tw", "zh-hk", "zh-mo").contains(language) || language.startsWith("zh-hant")
          ? "zh-TW" : SIMPLIFIED;
    }
    return otherwise;
  }

  public String paymentInstructions(String language) {
    String instructions = paymentInstructions.get(language);
    if (instructions == null && language != null && language.startsWith("zh")) {
      instructions = paymentInstructions.get("zh");
    }
    return instructions != null ? instructions : paymentInstructions.getOrDefault("en", "");
  }
}
