package io.ardesk.collections.letters;

import io.ardesk.collections.Stage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DunningLetterRepository extends JpaRepository<DunningLetter, Long> {

  Optional<DunningLetter> findByCaseIdAndStage(Long caseId, Stage stage);

  List<DunningLetter> findByCustomerNoOrderByIdAsc(String customerNo);

  Optional<DunningLetter> findByMessageId(String messageId);

  List<DunningLetter> findByReferenceOrderByIdAsc(String reference);

  /** Letters to send: pending ones, and ones a node claimed but did not finish before {@code staleBefore}. */
  @Query("""
      select l.id from DunningLetter l
       where l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.PENDING
          or (l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.SENDING and l.claimedAt < ?1)
       order by l.id""")
  List<Long> findDeliverable(LocalDateTime staleBefore);

  /** Claims a letter for this node; 0 when another node got it first. */
  @Modifying
  @Query("""
      update DunningLetter l set l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.SENDING,
             l.claimedAt = ?2, l.attempts = l.attempts + 1
       where l.id = ?1 and (l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.PENDING
          or (l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.SENDING and l.claimedAt < ?3))""")
  int claim(Long id, LocalDateTime now, LocalDateTime staleBefore);

  @Modifying
  @Query("""
      update DunningLetter l set l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.SENT,
             l.sentAt = ?2, l.lastError = null where l.id = ?1""")
  int markSent(Long id, LocalDateTime at);

  @Modifying
  @Query("update DunningLetter l set l.delivery = ?2, l.lastError = ?3 where l.id = ?1")
  int markFailed(Long id, DunningLetter.Delivery delivery, String error);

  @Modifying
  @Query("""
      update DunningLetter l set l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.PRINTED,
             l.sentAt = ?2 where l.id = ?1
         and l.delivery = io.ardesk.collections.letters.DunningLetter.Delivery.PRINT""")
  int markPrinted(Long id, LocalDateTime at);
}
