package io.ardesk.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender: sends committed letters by SMTP and marks them sent, with the documents an
 * {@link Enclosure} adds (the dunning letter's PDF copy). A node claims a letter before sending, so two
 * nodes never send the same one; the Message-ID comes from the letter's key, so a letter re-sent after
 * a crash between sending and marking is recognisable as the same message.
 */
@Service
public class LetterDelivery {

  private static final Logger log = LoggerFactory.getLogger(LetterDelivery.class);

  private final OutgoingLetterRepository letters;
  private final JavaMailSender mail;
  private final List<Enclosure> enclosures;
  private final OutboxProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;
  /** A claim older than this belongs to a node that died while sending ({@code ardesk.letters.claim-timeout}). */
  private final Duration claimTimeout;

  LetterDelivery(OutgoingLetterRepository letters, JavaMailSender mail, List<Enclosure> enclosures,
      OutboxProperties properties, PlatformTransactionManager transactions, Clock clock,
      @Value("${ardesk.letters.claim-timeout:PT40S}") Duration claimTimeout) {
    this.letters = letters;
    this.mail = mail;
    this.enclosures = List.copyOf(enclosures);
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    if (claimTimeout.isNegative() || claimTimeout.isZero()) {
      throw new IllegalArgumentException("ardesk.letters.claim-timeout must be positive: " + claimTimeout);
    }
    this.claimTimeout = claimTimeout;
  }

  /** Sends every letter waiting in the outbox; returns how many went out. */
  public int deliverPending() {
    LocalDateTime staleBefore = LocalDateTime.now(clock).minus(claimTimeout);
    List<Long> waiting = letters.findDeliverable(staleBefore);
    int sent = 0;
    for (Long id : waiting) {
      if (deliver(id, staleBefore)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(Long id, LocalDateTime staleBefore) {
    LocalDateTime now = LocalDateTime.now(clock);
    Integer claimed = transaction.execute(status -> letters.claim(id, now, staleBefore));
    if (claimed == null || claimed == 0) {
      return false;
    }
    OutgoingLetter letter = letters.findById(id).orElseThrow();
    try {
      mail.send(message(letter));
      transaction.executeWithoutResult(status -> letters.markSent(id, LocalDateTime.now(clock)));
      return true;
    } catch (MailException | MessagingException | IOException e) {
      boolean lastAttempt = letter.getAttempts() >= properties.maxDeliveryAttempts();
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Letter {} to {} not sent (attempt {}): {}", letter.getMessageId(), letter.getRecipient(),
          letter.getAttempts(), error);
      transaction.executeWithoutResult(status -> letters.markFailed(id,
          lastAttempt ? OutgoingLetter.Delivery.FAILED : OutgoingLetter.Delivery.PENDING,
          error.length() > 1000 ? error.substring(0, 1000) : error));
      return false;
    }
  }

  private MimeMessage message(OutgoingLetter letter) throws MessagingException, IOException {
    MimeMessage message = new KeyedMimeMessage(mail.createMimeMessage().getSession(), letter.getMessageId());
    List<Enclosure.Document> enclosed = new ArrayList<>();
    for (Enclosure enclosure : enclosures) {
      enclosure.of(letter).ifPresent(enclosed::add);
    }
    MimeMessageHelper helper = new MimeMessageHelper(message, letter.isHtml() || !enclosed.isEmpty(), "UTF-8");
    helper.setFrom(properties.lettersFrom());
    helper.setTo(letter.getRecipient());
    helper.setSubject(letter.getSubject());
    helper.setText(letter.getBody(), letter.isHtml());
    for (Enclosure.Document document : enclosed) {
      helper.addAttachment(document.fileName(), new ByteArrayResource(document.content()), document.contentType());
    }
    return message;
  }
}
