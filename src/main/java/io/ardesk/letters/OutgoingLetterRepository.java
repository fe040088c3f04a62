package io.ardesk.letters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Letters are written through the {@link Outbox} and sent by {@link LetterDelivery}, nothing else. */
interface OutgoingLetterRepository extends JpaRepository<OutgoingLetter, Long> {

  Optional<OutgoingLetter> findByMessageId(String messageId);

  Optional<OutgoingLetter> findByKindAndReference(String kind, String reference);

  List<OutgoingLetter> findByReferenceOrderByIdAsc(String reference);

  List<OutgoingLetter> findByCaseIdOrderByIdAsc(Long caseId);

  /**
   * Letters to send: pending ones whose next attempt is due, and ones a node claimed but did not
   * finish before {@code staleBefore}; the first {@code limit} of them by id.
   */
  @Query("""
      select l.id from OutgoingLetter l
       where (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING
              and (l.nextAttemptAt is null or l.nextAttemptAt <= ?2))
          or (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING and l.claimedAt < ?1)
       order by l.id""")
  List<Long> findDeliverable(LocalDateTime staleBefore, LocalDateTime now, Limit limit);

  /** Claims a letter for this node; 0 when another node got it first. */
  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING,
             l.claimedAt = ?2, l.attempts = l.attempts + 1
       where l.id = ?1 and ((l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING
              and (l.nextAttemptAt is null or l.nextAttemptAt <= ?2))
          or (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING and l.claimedAt < ?3))""")
  int claim(Long id, LocalDateTime now, LocalDateTime staleBefore);

  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENT,
             l.sentAt = ?2, l.lastError = null, l.nextAttemptAt = null where l.id = ?1""")
  int markSent(Long id, LocalDateTime at);

  /** A failed attempt with more to come: the letter waits until {@code next}. */
  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING,
             l.lastError = ?2, l.nextAttemptAt = ?3, l.firstFailedAt = coalesce(l.firstFailedAt, ?4)
       where l.id = ?1""")
  int markRetry(Long id, String error, LocalDateTime next, LocalDateTime failedAt);

  /** The schedule is over, or the address was refused for good. */
  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.FAILED,
             l.lastError = ?2, l.nextAttemptAt = null, l.firstFailedAt = coalesce(l.firstFailedAt, ?3)
       where l.id = ?1""")
  int markFailed(Long id, String error, LocalDateTime failedAt);

  /** A FAILED letter goes back to the outbox with a fresh schedule; 0 when it is not FAILED. */
  @Modifying(clearAutomatically = true)
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING,
             l.attempts = 0, l.nextAttemptAt = null, l.firstFailedAt = null
       where l.id = ?1 and l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.FAILED""")
  int requeue(Long id);

  /** A FAILED letter that was printed and posted instead; 0 when it is not FAILED. */
  @Modifying(clearAutomatically = true)
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PRINTED,
             l.sentAt = ?2, l.nextAttemptAt = null
       where l.id = ?1 and l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.FAILED""")
  int markPostedInstead(Long id, LocalDateTime at);

  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PRINTED,
             l.sentAt = ?2 where l.id = ?1
         and l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PRINT""")
  int markPrinted(Long id, LocalDateTime at);
}
