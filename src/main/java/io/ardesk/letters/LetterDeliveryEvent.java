package io.ardesk.letters;

import java.time.LocalDateTime;

/**
 * What happened to a letter on its way out, published in the transaction that records it, so that
 * what a letter is about (a collection case's history, a task for credit) changes with it.
 */
public sealed interface LetterDeliveryEvent {

  Long letterId();

  /** The mail server accepted the letter. */
  record Sent(Long letterId, LocalDateTime at) implements LetterDeliveryEvent {}

  /** The letter is FAILED: its whole retry schedule, or the address refused for good. */
  record Failed(Long letterId, String reason, boolean permanent) implements LetterDeliveryEvent {}

  /** A FAILED letter was put back into the outbox by someone. */
  record Requeued(Long letterId, String by) implements LetterDeliveryEvent {}

  /** A FAILED letter was printed and posted instead by someone. */
  record PostedInstead(Long letterId, String by, LocalDateTime at) implements LetterDeliveryEvent {}
}
