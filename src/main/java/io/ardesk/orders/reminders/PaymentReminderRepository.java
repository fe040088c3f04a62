package io.ardesk.orders.reminders;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PaymentReminderRepository extends JpaRepository<PaymentReminder, Long> {

  Optional<PaymentReminder> findByOrderNo(String orderNo);

  /** Reminders to send: pending ones, and ones a node claimed but did not finish before {@code staleBefore}. */
  @Query("""
      select r.id from PaymentReminder r
       where r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.PENDING
          or (r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.SENDING and r.claimedAt < ?1)
       order by r.id""")
  List<Long> findDeliverable(LocalDateTime staleBefore);

  /** Claims a reminder for this node; 0 when another node got it first. */
  @Modifying
  @Query("""
      update PaymentReminder r set r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.SENDING,
             r.claimedAt = ?2, r.attempts = r.attempts + 1
       where r.id = ?1 and (r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.PENDING
          or (r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.SENDING and r.claimedAt < ?3))""")
  int claim(Long id, LocalDateTime now, LocalDateTime staleBefore);

  @Modifying
  @Query("""
      update PaymentReminder r set r.delivery = io.ardesk.orders.reminders.PaymentReminder.Delivery.SENT,
             r.sentAt = ?2, r.lastError = null where r.id = ?1""")
  int markSent(Long id, LocalDateTime at);

  @Modifying
  @Query("update PaymentReminder r set r.delivery = ?2, r.lastError = ?3 where r.id = ?1")
  int markFailed(Long id, PaymentReminder.Delivery delivery, String error);
}
