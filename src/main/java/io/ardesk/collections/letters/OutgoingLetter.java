package io.ardesk.collections.letters;

import java.math.BigDecimal;

/**
 * A letter to a customer outside the dunning ladder (an extension's answer or outcome), ready for
 * the outbox: {@code key} makes it unique and gives its Message-ID, so writing it twice keeps one.
 *
 * @param kind what the letter is, e.g. {@code EXTENSION_ANSWER}
 * @param key unique key of the letter, e.g. {@code extension-EXT-2026-000001-answer}
 * @param reference the business number it is about, e.g. the request number
 * @param amount the amount the letter is about, in {@code currency}
 */
public record OutgoingLetter(
    String kind,
    String key,
    String reference,
    String customerNo,
    String language,
    String subject,
    String html,
    BigDecimal amount,
    String currency) {}
