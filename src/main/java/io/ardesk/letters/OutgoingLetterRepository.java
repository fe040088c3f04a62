package io.ardesk.letters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Letters are written through the {@link Outbox} and sent by {@link LetterDelivery}, nothing else. */
interface OutgoingLetterRepository extends JpaRepository<OutgoingLetter, Long> {

  Optional<OutgoingLetter> findByMessageId(String messageId);

  Optional<OutgoingLetter> findByKindAndReference(String kind, String reference);

  List<OutgoingLetter> findByReferenceOrderByIdAsc(String reference);

  List<OutgoingLetter> findByCaseIdOrderByIdAsc(Long caseId);

  /** Letters to send: pending ones, and ones a node claimed but did not finish before {@code staleBefore}. */
  @Query("""
      select l.id from OutgoingLetter l
       where l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING
          or (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING and l.claimedAt < ?1)
       order by l.id""")
  List<Long> findDeliverable(LocalDateTime staleBefore);

  /** Claims a letter for this node; 0 when another node got it first. */
  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING,
             l.claimedAt = ?2, l.attempts = l.attempts + 1
       where l.id = ?1 and (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PENDING
          or (l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENDING and l.claimedAt < ?3))""")
  int claim(Long id, LocalDateTime now, LocalDateTime staleBefore);

  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.SENT,
             l.sentAt = ?2, l.lastError = null where l.id = ?1""")
  int markSent(Long id, LocalDateTime at);

  @Modifying
  @Query("update OutgoingLetter l set l.delivery = ?2, l.lastError = ?3 where l.id = ?1")
  int markFailed(Long id, OutgoingLetter.Delivery delivery, String error);

  @Modifying
  @Query("""
      update OutgoingLetter l set l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PRINTED,
             l.sentAt = ?2 where l.id = ?1
         and l.delivery = io.ardesk.letters.OutgoingLetter.Delivery.PRINT""")
  int markPrinted(Long id, LocalDateTime at);
}
