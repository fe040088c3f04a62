package io.ardesk.letters;

import io.ardesk.letters.OutgoingLetter.Format;
import java.math.BigDecimal;

/**
 * A letter to a customer, ready for the {@link Outbox}: {@code key} makes it unique and gives its
 * Message-ID, so writing it twice keeps one.
 *
 * @param kind what the letter is, e.g. {@code DUNNING}, {@code EXTENSION_ANSWER}, {@code PAYMENT_REMINDER}
 * @param key unique key of the letter, e.g. {@code extension-EXT-2026-000001-answer}
 * @param reference the business number it is about (the request, the order); null for dunning letters
 * @param body the HTML of a letter or the text of a notice, as {@code format} says
 * @param amount the amount the letter is about, in {@code currency}
 * @param dunning what only a dunning letter has; null for other letters
 */
public record NewLetter(
    String kind,
    String key,
    String reference,
    String language,
    String subject,
    String body,
    Format format,
    BigDecimal amount,
    String currency,
    Dunning dunning) {

  /**
   * @param caseId the collection case; a case has one letter per stage
   * @param stage the stage the letter belongs to
   * @param interest the penalty interest the letter shows (for information, not charged)
   * @param contentJson what the letter says, as data: its PDF copy is made from it when it leaves
   */
  public record Dunning(Long caseId, String stage, BigDecimal interest, String contentJson) {}

  /** A letter outside the dunning ladder. */
  public NewLetter(String kind, String key, String reference, String language, String subject, String body,
      Format format, BigDecimal amount, String currency) {
    this(kind, key, reference, language, subject, body, format, amount, currency, null);
  }
}
