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
 * @param defaultLanguage letter language for customers without one ({@code zh} or {@code en}); unset, the
 *     team's language ({@code ardesk.language}: {@code zh-TW} and {@code zh-CN} write {@code zh})
 * @param companyName the sender named in letters
 * @param paymentInstructions how to pay, per language
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
    defaultLanguage = letterLanguageOf(defaultLanguage, "zh");
  }

  /** Languages letters are written in. */
  public static final java.util.List<String> LETTER_LANGUAGES = java.util.List.of("zh", "en");

  /** The customer's language if letters exist in it ({@code zh}, {@code en}; {@code zh-CN} counts as zh), else the default. */
  public String letterLanguage(String customerLanguage) {
    return letterLanguageOf(customerLanguage, defaultLanguage);
  }

  private static String letterLanguageOf(String tag, String otherwise) {
    String language = tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT);
    language = language.length() > 2 ? language.substring(0, 2) : language;
    return LETTER_LANGUAGES.contains(language) ? language : otherwise;
  }

  public String paymentInstructions(String language) {
    return paymentInstructions.getOrDefault(language, paymentInstructions.getOrDefault("en", ""));
  }
}
