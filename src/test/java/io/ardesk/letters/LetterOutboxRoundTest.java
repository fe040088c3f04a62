package io.ardesk.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestSmtp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outbox round reads its letters a batch at a time: every letter goes out once however long the
 * outbox, and a claim that goes stale while the round runs (its node died) is taken in that round.
 */
@IntegrationTest
class LetterOutboxRoundTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired LetterDelivery delivery;
  @Autowired Outbox outbox;
  @Autowired OutgoingLetterRepository letters;
  @Autowired CustomerRepository customers;
  @Autowired CaseKit kit;
  @Autowired JavaMailSender mail;
  @Autowired List<Enclosure> enclosures;
  @Autowired OutboxProperties properties;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RetrySchedule schedule;
  @Autowired ApplicationEventPublisher events;
  @Autowired Clock clock;

  @BeforeEach
  void emptyOutbox() {
    kit.resetClock();
    delivery.deliverPending();
    smtp.reset();
  }

  List<OutgoingLetter> notices(String prefix, int count) {
    String customerNo = kit.customer("Outbox Round " + prefix, "ap@" + prefix + ".example", "en", null);
    Customer customer = customers.findByCustomerNo(customerNo).orElseThrow();
    return IntStream.range(0, count).mapToObj(i -> outbox.write(new NewLetter("NOTICE", prefix + "-" + customerNo + "-" + i,
        null, "en", "Notice " + i, "Notice number " + i, OutgoingLetter.Format.TEXT, BigDecimal.ONE, "CNY"), customer))
        .toList();
  }

  /** A node that claimed the letter {@code ago} before now and then died. */
  void claimedByADeadNode(OutgoingLetter letter, Duration ago) {
    Integer claimed = new TransactionTemplate(transactions).execute(status ->
        letters.claim(letter.getId(), LocalDateTime.now(clock).minus(ago), LocalDateTime.now(clock).minusDays(1)));
    assertThat(claimed).isOne();
  }

  OutgoingLetter.Delivery delivery(OutgoingLetter letter) {
    return letters.findById(letter.getId()).orElseThrow().getDelivery();
  }

  @Test
  void aRoundSendsMoreLettersThanItsBatchEachOnce() {
    List<OutgoingLetter> written = notices("many", 23); // batch-size 10: three batches and an empty read
    delivery.deliverPending();
    assertThat(smtp.getReceivedMessagesForDomain("many.example")).hasSize(23);
    assertThat(written).allSatisfy(l -> assertThat(delivery(l)).isEqualTo(OutgoingLetter.Delivery.SENT));
    delivery.deliverPending();
    assertThat(smtp.getReceivedMessagesForDomain("many.example")).as("none twice").hasSize(23);
  }

  @Test
  void aStaleClaimIsSentOnceAndAFreshOneIsLeftToItsNode() {
    List<OutgoingLetter> written = notices("claims", 2);
    claimedByADeadNode(written.get(0), Duration.ofSeconds(41)); // ardesk.letters.claim-timeout 40 s
    claimedByADeadNode(written.get(1), Duration.ofSeconds(30));
    delivery.deliverPending();
    assertThat(delivery(written.get(0))).isEqualTo(OutgoingLetter.Delivery.SENT);
    assertThat(delivery(written.get(1))).isEqualTo(OutgoingLetter.Delivery.SENDING);
    assertThat(smtp.getReceivedMessagesForDomain("claims.example")).hasSize(1);
  }

  /**
   * A mail server that takes the message (250 after DATA) and then never answers the goodbye (QUIT):
   * the letter is SENT the moment the server took it, not failed when the send deadline cuts the
   * hanging connection, and the next round sends nothing again. Marked after the goodbye, as before,
   * the cut would have made it a failed attempt sent a second time.
   */
  @Test
  void aLetterIsSentOnceTheServerTookItEvenIfTheGoodbyeHangs() throws Exception {
    List<OutgoingLetter> written = notices("goodbye", 1);
    try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
      java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
      Thread smtpThread = new Thread(() -> takesMessagesButNeverSaysGoodbye(server, taken));
      smtpThread.setDaemon(true);
      smtpThread.start();
      JavaMailSenderImpl hanging = new JavaMailSenderImpl();
      hanging.setHost("127.0.0.1");
      hanging.setPort(server.getLocalPort());
      new MailSendDeadline(Duration.ofSeconds(2)).postProcessBeforeInitialization(hanging, "mailSender");
      LetterDelivery node = new LetterDelivery(letters, hanging, enclosures, properties, transactions, clock, schedule,
          events, Duration.ofSeconds(40), Duration.ofSeconds(2), 10, 1);

      node.deliverPending();
      assertThat(taken).as("messages the server took").hasValue(1);
      assertThat(delivery(written.get(0))).isEqualTo(OutgoingLetter.Delivery.SENT);
      assertThat(letters.findById(written.get(0).getId()).orElseThrow().getLastError()).isNull();
      node.deliverPending();
      assertThat(taken).as("not sent again").hasValue(1);
    }
  }

  /** Just enough SMTP: greets, takes one message per connection, and never answers QUIT. */
  static void takesMessagesButNeverSaysGoodbye(java.net.ServerSocket server, java.util.concurrent.atomic.AtomicInteger taken) {
    try {
      while (true) {
        java.net.Socket client = server.accept();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
            java.nio.charset.StandardCharsets.US_ASCII));
        var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(client.getOutputStream(),
            java.nio.charset.StandardCharsets.US_ASCII), true);
        out.print("220 goodbye.example ESMTP\r\n");
        out.flush();
        boolean data = false;
        for (String line; (line = in.readLine()) != null; ) {
          if (data) {
            if (line.equals(".")) {
              data = false;
              taken.incrementAndGet();
              out.print("250 taken\r\n");
              out.flush();
            }
            continue;
          }
          String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
          if (command.equals("QUIT")) {
            continue; // no answer: the connection hangs until the client's deadline cuts it
          }
          if (command.equals("DATA")) {
            data = true;
            out.print("354 go ahead\r\n");
          } else if (command.equals("EHLO")) {
            out.print("250-goodbye.example\r\n250 8BITMIME\r\n");
          } else {
            out.print("250 ok\r\n");
          }
          out.flush();
        }
      }
    } catch (java.io.IOException closed) {
      // the test is over
    }
  }

  /**
   * Every reading of this clock is a second later than the one before: a round of 30 letters lasts
   * over a minute of it, and a claim 20 s old when the round began is stale (40 s) after its first batch.
   */
  static final class Ticking extends Clock {
    private Instant now;
    private final ZoneId zone;

    Ticking(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }
  }

  @Test
  void aClaimThatGoesStaleDuringARoundIsTakenInThatRound() {
    List<OutgoingLetter> written = notices("stale-later", 31);
    OutgoingLetter claimed = written.get(0);
    claimedByADeadNode(claimed, Duration.ofSeconds(20));
    LetterDelivery node = new LetterDelivery(letters, mail, enclosures, properties, transactions,
        new Ticking(clock.instant(), clock.getZone()), schedule, events, Duration.ofSeconds(40), Duration.ofSeconds(25), 10, 1);

    node.deliverPending();
    assertThat(delivery(claimed)).as("the claim that went stale during the round").isEqualTo(OutgoingLetter.Delivery.SENT);
    assertThat(written).allSatisfy(l -> assertThat(delivery(l)).isEqualTo(OutgoingLetter.Delivery.SENT));
    assertThat(smtp.getReceivedMessagesForDomain("stale-later.example")).hasSize(31);
  }

  @Test
  void threeSendersOnTwoNodesSendEveryLetterOnce() throws Exception {
    List<OutgoingLetter> written = notices("senders", 47);
    LetterDelivery nodeA = new LetterDelivery(letters, mail, enclosures, properties, transactions, clock, schedule,
        events, Duration.ofSeconds(40), Duration.ofSeconds(25), 10, 3);
    LetterDelivery nodeB = new LetterDelivery(letters, mail, enclosures, properties, transactions, clock, schedule,
        events, Duration.ofSeconds(40), Duration.ofSeconds(25), 10, 3);
    try {
      var a = java.util.concurrent.CompletableFuture.supplyAsync(nodeA::deliverPending);
      var b = java.util.concurrent.CompletableFuture.supplyAsync(nodeB::deliverPending);
      a.get();
      b.get();
      delivery.deliverPending(); // what a round ended early by losing a whole batch left
    } finally {
      nodeA.stopSenders();
      nodeB.stopSenders();
    }
    assertThat(written).allSatisfy(l -> assertThat(delivery(l)).isEqualTo(OutgoingLetter.Delivery.SENT));
    assertThat(smtp.getReceivedMessagesForDomain("senders.example")).hasSize(47)
        .extracting(m -> m.getMessageID()).doesNotHaveDuplicates();
  }

  @Test
  void theMailSendersConnectionsAreCutAtTheSendDeadlineBelowTheClaimTimeout() {
    JavaMailSenderImpl sender = (JavaMailSenderImpl) mail;
    Object factory = sender.getJavaMailProperties().get("mail.smtp.socketFactory");
    assertThat(factory).isInstanceOf(MailSendDeadline.Factory.class);
    assertThat(((MailSendDeadline.Factory) factory).deadline()).isEqualTo(Duration.ofSeconds(25));
    assertThat(sender.getJavaMailProperties())
        .containsEntry("mail.smtp.socketFactory.fallback", "false")
        .containsEntry("mail.smtp.connectiontimeout", "5000")
        .containsEntry("mail.smtp.timeout", "10000")
        .containsEntry("mail.smtp.writetimeout", "10000");
  }
}
