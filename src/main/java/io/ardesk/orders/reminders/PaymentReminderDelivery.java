package io.ardesk.orders.reminders;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.letters.KeyedMimeMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed payment reminders and marks them sent, on the letters' schedule and with their
 * sender and attempt limit. A node claims a reminder before sending, so two nodes never send the
 * same one; the Message-ID comes from the order number.
 */
@Service
public class PaymentReminderDelivery {

  private static final Logger log = LoggerFactory.getLogger(PaymentReminderDelivery.class);
  /** A claim older than this belongs to a node that died while sending. */
  static final long STALE_CLAIM_MINUTES = 10;

  private final PaymentReminderRepository reminders;
  private final JavaMailSender mail;
  private final CollectionsProperties letters;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PaymentReminderDelivery(PaymentReminderRepository reminders, JavaMailSender mail, CollectionsProperties letters,
      PlatformTransactionManager transactions, Clock clock) {
    this.reminders = reminders;
    this.mail = mail;
    this.letters = letters;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${ardesk.collections.delivery-interval-ms:30000}",
      initialDelayString = "${ardesk.collections.delivery-interval-ms:30000}")
  void onSchedule() {
    if (letters.scheduledDelivery()) {
      deliverPending();
    }
  }

  /** Sends every reminder waiting in the outbox; returns how many went out. */
  public int deliverPending() {
    LocalDateTime staleBefore = LocalDateTime.now(clock).minusMinutes(STALE_CLAIM_MINUTES);
    int sent = 0;
    for (Long id : reminders.findDeliverable(staleBefore)) {
      if (deliver(id, staleBefore)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(Long id, LocalDateTime staleBefore) {
    LocalDateTime now = LocalDateTime.now(clock);
    Integer claimed = transaction.execute(status -> reminders.claim(id, now, staleBefore));
    if (claimed == null || claimed == 0) {
      return false;
    }
    PaymentReminder reminder = reminders.findById(id).orElseThrow();
    try {
      mail.send(message(reminder));
      transaction.executeWithoutResult(status -> reminders.markSent(id, LocalDateTime.now(clock)));
      return true;
    } catch (MailException | MessagingException e) {
      boolean lastAttempt = reminder.getAttempts() >= letters.maxDeliveryAttempts();
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Payment reminder {} to {} not sent (attempt {}): {}", reminder.getMessageId(), reminder.getRecipient(),
          reminder.getAttempts(), error);
      transaction.executeWithoutResult(status -> reminders.markFailed(id,
          lastAttempt ? PaymentReminder.Delivery.FAILED : PaymentReminder.Delivery.PENDING,
          error.length() > 1000 ? error.substring(0, 1000) : error));
      return false;
    }
  }

  private MimeMessage message(PaymentReminder reminder) throws MessagingException {
    MimeMessage message = new KeyedMimeMessage(mail.createMimeMessage().getSession(), reminder.getMessageId());
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(letters.lettersFrom());
    helper.setTo(reminder.getRecipient());
    helper.setSubject(reminder.getSubject());
    helper.setText(reminder.getBody(), false);
    return message;
  }
}
