package io.ardesk.letters;

import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive and outbox of every letter to customers: a letter is written in the transaction of the
 * step that decided it, once per key, and left for {@link LetterDelivery} to send after commit.
 */
@Service
@Transactional
public class Outbox {

  private final OutgoingLetterRepository letters;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Outbox(OutgoingLetterRepository letters, Clock clock, ApplicationEventPublisher events) {
    this.letters = letters;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Writes the letter to the customer's e-mail address, once: the letter of the same key already
   * written is returned instead. Without an address an HTML letter waits to be printed, a notice is
   * not sent.
   */
  public OutgoingLetter write(NewLetter letter, Customer customer) {
    return find(letter.key()).orElseGet(() -> {
      String email = customer.getEmail();
      String recipient = email == null || email.isBlank() ? null : email.strip();
      return letters.saveAndFlush(new OutgoingLetter(letter, customer.getCustomerNo(), recipient,
          LocalDate.now(clock), LocalDateTime.now(clock)));
    });
  }

  /** The letter of this key, if written. */
  @Transactional(readOnly = true)
  public Optional<OutgoingLetter> find(String key) {
    return letters.findByMessageId(OutgoingLetter.messageId(key));
  }

  /** The letter of this kind about this business number (the order, the request), if written. */
  @Transactional(readOnly = true)
  public Optional<OutgoingLetter> find(String kind, String reference) {
    return letters.findByKindAndReference(kind, reference);
  }

  /** Every letter about this business number, oldest first. */
  @Transactional(readOnly = true)
  public List<OutgoingLetter> about(String reference) {
    return letters.findByReferenceOrderByIdAsc(reference);
  }

  /** The dunning letters of a collection case, oldest first. */
  @Transactional(readOnly = true)
  public List<OutgoingLetter> ofCase(Long caseId) {
    return letters.findByCaseIdOrderByIdAsc(caseId);
  }

  /** Records that a letter waiting to be printed was printed; false if it was not waiting. */
  public boolean markPrinted(Long letterId) {
    return letters.markPrinted(letterId, LocalDateTime.now(clock)) == 1;
  }

  /** The letter of this id. */
  @Transactional(readOnly = true)
  public OutgoingLetter get(Long letterId) {
    return letters.findById(letterId)
        .orElseThrow(() -> new NotFoundException("Letter", "letterId", String.valueOf(letterId)));
  }

  /**
   * Puts a FAILED letter back into the outbox with a fresh retry schedule: it is sent at the next
   * look into the outbox. Refused for a letter that is not FAILED (it is sent, or on its way).
   */
  public OutgoingLetter requeue(Long letterId, String by) {
    OutgoingLetter letter = get(letterId);
    if (letters.requeue(letterId) == 0) {
      throw new ConflictException("letterId", "Letter " + letterId + " is " + letter.getDelivery()
          + ", not FAILED: only a letter that could not be sent is re-queued");
    }
    events.publishEvent(new LetterDeliveryEvent.Requeued(letterId, by));
    return get(letterId);
  }

  /** Records that a FAILED letter was printed and posted instead of e-mailed. */
  public OutgoingLetter postedInstead(Long letterId, String by) {
    OutgoingLetter letter = get(letterId);
    LocalDateTime at = LocalDateTime.now(clock);
    if (letters.markPostedInstead(letterId, at) == 0) {
      throw new ConflictException("letterId", "Letter " + letterId + " is " + letter.getDelivery()
          + ", not FAILED: only a letter that could not be sent is posted instead");
    }
    events.publishEvent(new LetterDeliveryEvent.PostedInstead(letterId, by, at));
    return get(letterId);
  }
}
