package io.ardesk.letters;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender: sends committed letters by SMTP and marks them sent, with the documents an
 * {@link Enclosure} adds (the dunning letter's PDF copy). A node claims a letter before sending, so two
 * nodes never send the same one; the Message-ID comes from the letter's key, so a letter re-sent after
 * a crash between sending and marking is recognisable as the same message.
 *
 * <p>A letter the server did not take waits for its next attempt on the {@link RetrySchedule}; it is
 * FAILED only when the schedule is over or the server refused the address for good (an SMTP 5xx reply
 * to the recipient), and then a {@link LetterDeliveryEvent.Failed} tells whoever must act on it.
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
  private final RetrySchedule schedule;
  private final ApplicationEventPublisher events;
  /** A claim older than this belongs to a node that died while sending ({@code ardesk.letters.claim-timeout}). */
  private final Duration claimTimeout;
  /** Letters read at a time by a round ({@code ardesk.letters.batch-size}). */
  private final int batchSize;
  /** The threads that send a batch's letters side by side ({@code ardesk.letters.senders}); null: one, the round's own. */
  private final ExecutorService senders;

  LetterDelivery(OutgoingLetterRepository letters, JavaMailSender mail, List<Enclosure> enclosures,
      OutboxProperties properties, PlatformTransactionManager transactions, Clock clock, RetrySchedule schedule,
      ApplicationEventPublisher events, @Value("${ardesk.letters.claim-timeout:PT40S}") Duration claimTimeout,
      @Value("${ardesk.letters.send-deadline:PT25S}") Duration sendDeadline,
      @Value("${ardesk.letters.batch-size:10}") int batchSize, @Value("${ardesk.letters.senders:1}") int senders) {
    this.schedule = schedule;
    this.events = events;
    this.letters = letters;
    this.mail = mail;
    this.enclosures = List.copyOf(enclosures);
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    if (claimTimeout.isNegative() || claimTimeout.isZero()) {
      throw new IllegalArgumentException("ardesk.letters.claim-timeout must be positive: " + claimTimeout);
    }
    // a send still running when its claim goes stale would be sent a second time by another node
    if (sendDeadline.compareTo(claimTimeout) >= 0) {
      throw new IllegalArgumentException("ardesk.letters.send-deadline (" + sendDeadline
          + ") must be shorter than ardesk.letters.claim-timeout (" + claimTimeout + ")");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("ardesk.letters.batch-size must be at least 1: " + batchSize);
    }
    if (senders < 1) {
      throw new IllegalArgumentException("ardesk.letters.senders must be at least 1: " + senders);
    }
    this.claimTimeout = claimTimeout;
    this.batchSize = batchSize;
    AtomicInteger number = new AtomicInteger();
    this.senders = senders == 1 ? null : Executors.newFixedThreadPool(senders, task -> {
      Thread thread = new Thread(task, "letter-sender-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Sends every letter waiting in the outbox whose attempt is due; returns how many went out. Reads
   * {@code ardesk.letters.batch-size} letters at a time and reads again after each batch, so a claim
   * that goes stale while the round runs (its node died) is taken after one batch, not after the
   * whole list the round began with. A batch of which this node claimed none (the other nodes got
   * them all) ends the round; the next one comes after {@code ardesk.collections.delivery-interval-ms}.
   */
  public int deliverPending() {
    int sent = 0;
    while (true) {
      LocalDateTime now = LocalDateTime.now(clock);
      LocalDateTime staleBefore = now.minus(claimTimeout);
      List<Long> batch = letters.findDeliverable(staleBefore, now, Limit.of(batchSize));
      int claimed = 0;
      for (Attempt attempt : attempts(batch, staleBefore)) {
        if (attempt != Attempt.NOT_CLAIMED) {
          claimed++;
        }
        if (attempt == Attempt.SENT) {
          sent++;
        }
      }
      if (claimed == 0) {
        return sent;
      }
    }
  }

  /**
   * The batch's letters, {@code ardesk.letters.senders} at a time: a send mostly waits (the database,
   * the mail server), so a node with more than one sender empties its outbox faster; each letter is
   * still claimed before it is sent, so no two senders send the same one.
   */
  private List<Attempt> attempts(List<Long> batch, LocalDateTime staleBefore) {
    if (senders == null || batch.size() < 2) {
      return batch.stream().map(id -> deliver(id, staleBefore)).toList();
    }
    List<Future<Attempt>> running = batch.stream()
        .map(id -> senders.submit(() -> deliver(id, staleBefore))).toList();
    List<Attempt> attempts = new ArrayList<>();
    RuntimeException first = null;
    for (Future<Attempt> attempt : running) {
      try {
        attempts.add(attempt.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sending letters", e);
      } catch (ExecutionException e) {
        // as with one sender: what is not a failed send (a letter that cannot be rendered) ends the round
        if (first == null) {
          first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return attempts;
  }

  @PreDestroy
  void stopSenders() {
    if (senders != null) {
      senders.shutdownNow();
    }
  }

  private enum Attempt { NOT_CLAIMED, SENT, FAILED }

  private Attempt deliver(Long id, LocalDateTime staleBefore) {
    LocalDateTime now = LocalDateTime.now(clock);
    Integer claimed = transaction.execute(status -> letters.claim(id, now, staleBefore));
    if (claimed == null || claimed == 0) {
      return Attempt.NOT_CLAIMED;
    }
    OutgoingLetter letter = letters.findById(id).orElseThrow();
    try {
      send(message(letter), () -> transaction.executeWithoutResult(status -> {
        LocalDateTime at = LocalDateTime.now(clock);
        letters.markSent(id, at);
        events.publishEvent(new LetterDeliveryEvent.Sent(id, at));
      }));
    } catch (MailException | MessagingException | IOException e) {
      failed(letter, e);
      return Attempt.FAILED;
    }
    return Attempt.SENT;
  }

  /**
   * Sends one message and records it as sent ({@code taken}) as soon as the server has taken it, before
   * saying goodbye: a node that dies between the two leaves a claimed letter that another node sends
   * again when the claim goes stale (SMTP cannot be asked whether it has a message), so that moment is
   * kept as short as it can be. The mail sender's own session is used, with its limits and the
   * {@link MailSendDeadline}. A failed goodbye after the server took the message changes nothing.
   */
  private void send(MimeMessage message, Runnable taken) throws MessagingException {
    if (!(mail instanceof JavaMailSenderImpl sender)) {
      mail.send(message);
      taken.run();
      return;
    }
    Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
    String username = sender.getUsername();
    String password = sender.getPassword();
    if ("".equals(username)) {
      username = null;
      password = "".equals(password) ? null : password;
    }
    // failures read as the mail sender's own would (MailSendException), so a letter's error and the
    // test of a refusal for good stay as they are
    try {
      transport.connect(sender.getHost(), sender.getPort(), username, password);
    } catch (MessagingException e) {
      throw new MailSendException("Mail server connection failed", e);
    }
    try {
      if (message.getSentDate() == null) {
        message.setSentDate(new java.util.Date());
      }
      message.saveChanges();
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        throw new MailSendException(java.util.Map.of(message, e));
      }
      taken.run();
    } finally {
      try {
        transport.close();
      } catch (MessagingException goodbye) {
        log.debug("closing the SMTP connection after a send", goodbye);
      }
    }
  }

  /** The attempt failed: the letter waits for its next attempt, or is FAILED when there is none. */
  private void failed(OutgoingLetter letter, Exception e) {
    Long id = letter.getId();
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime firstFailedAt = letter.getFirstFailedAt() == null ? now : letter.getFirstFailedAt();
    boolean permanent = refusedForGood(e);
    String error = limit(e.getClass().getSimpleName() + ": " + e.getMessage(), 1000);
    var next = permanent ? Optional.<LocalDateTime>empty()
        : schedule.nextAttempt(letter.getAttempts(), firstFailedAt, now);
    log.warn("Letter {} to {} not sent (attempt {}, {}): {}", letter.getMessageId(), letter.getRecipient(),
        letter.getAttempts(), next.map(at -> "next at " + at).orElse(permanent ? "refused for good" : "schedule over"),
        error);
    transaction.executeWithoutResult(status -> {
      if (next.isPresent()) {
        letters.markRetry(id, error, next.get(), firstFailedAt);
      } else {
        letters.markFailed(id, error, firstFailedAt);
        events.publishEvent(new LetterDeliveryEvent.Failed(id, reason(e, permanent, letter.getAttempts()), permanent));
      }
    });
  }

  /**
   * A refusal that no retry changes: the server answered the recipient with a 5xx (no such mailbox,
   * domain not accepted), or the address is not an address at all. A 4xx, a lost connection or a
   * refusal of the sender (authentication) may pass and is retried.
   */
  static boolean refusedForGood(Throwable e) {
    if (e instanceof MailParseException || e instanceof AddressException) {
      return true;
    }
    List<Throwable> causes = new ArrayList<>();
    if (e instanceof MailSendException send) {
      causes.addAll(send.getFailedMessages().values());
    }
    causes.add(e.getCause());
    for (Throwable cause : causes) {
      for (Throwable t = cause; t != null; t = next(t)) {
        if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() / 100 == 5) {
          return true;
        }
        if (t instanceof AddressException) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  /** The reason a person reads: the server's answer when it refused, else what went wrong. */
  private static String reason(Exception e, boolean permanent, int attempts) {
    List<Throwable> causes = new ArrayList<>();
    if (e instanceof MailSendException send) {
      causes.addAll(send.getFailedMessages().values());
    }
    causes.add(e);
    for (Throwable cause : causes) {
      for (Throwable t = cause; t != null; t = next(t)) {
        if (t instanceof SMTPAddressFailedException refused) {
          return limit("the mail server refused the address: " + refused.getMessage().strip(), 200);
        }
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return limit((permanent ? "refused: " : "not taken in " + attempts + " attempts: ") + root.getMessage(), 200);
  }

  private static String limit(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  /**
   * The file types of attachments, read once: a {@link MimeMessageHelper} on a message the mail sender
   * did not make itself (ours carries its own Message-ID) would read every {@code mime.types} on the
   * class path again for each letter, a good part of a letter's cost.
   */
  private static final FileTypeMap FILE_TYPES = fileTypes();

  /** The system property by which jakarta.mail finds its stream provider before it asks the ServiceLoader. */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    pinStreamProvider("org.eclipse.angus.mail.util.MailStreamProvider");
  }

  /**
   * Names jakarta.mail's stream provider, unless somebody named one already: without a name jakarta.mail
   * asks the ServiceLoader for it for every body part it makes or writes, and in the packaged jar that
   * opens every nested jar each time: a tenth of a node's time while it sends letters
   * (docs/cluster-check.md, run R2). Named, it is one class lookup. Left alone if the class is missing.
   */
  static void pinStreamProvider(String className) {
    if (System.getProperty(STREAM_PROVIDER) != null) {
      return;
    }
    try {
      Class.forName(className, false, LetterDelivery.class.getClassLoader());
      System.setProperty(STREAM_PROVIDER, className);
    } catch (ClassNotFoundException | LinkageError e) {
      log.info("jakarta.mail's stream provider {} is not on the class path; jakarta.mail looks one up", className);
    }
  }

  private static FileTypeMap fileTypes() {
    ConfigurableMimeFileTypeMap fileTypes = new ConfigurableMimeFileTypeMap();
    fileTypes.afterPropertiesSet();
    return fileTypes;
  }

  private MimeMessage message(OutgoingLetter letter) throws MessagingException, IOException {
    MimeMessage message = new KeyedMimeMessage(mail.createMimeMessage().getSession(), letter.getMessageId());
    List<Enclosure.Document> enclosed = new ArrayList<>();
    for (Enclosure enclosure : enclosures) {
      enclosure.of(letter).ifPresent(enclosed::add);
    }
    MimeMessageHelper helper = new MimeMessageHelper(message, letter.isHtml() || !enclosed.isEmpty(), "UTF-8") {
      @Override
      protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
        return FILE_TYPES;
      }
    };
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
