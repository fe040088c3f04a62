package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.RefusingSmtp;
import io.ardesk.support.TestSmtp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Letters survive a mail outage: a letter the server did not take is tried again after 1, 2, 5 and 15
 * minutes, then hourly, for a day; it is FAILED only after that, or when the server refuses the address
 * for good, and then credit gets a task to resend it or post it. The case history says SENT only once
 * the server took the letter.
 */
@IntegrationTest
class LetterOutageTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired LetterDelivery delivery;
  @Autowired Outbox outbox;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @LocalServerPort int port;
  boolean serverDown;

  void serverDown() {
    smtp.stop();
    serverDown = true;
  }

  void serverBack() {
    smtp.start();
    serverDown = false;
  }

  @BeforeEach
  void emptyOutbox() {
    delivery.deliverPending();
    smtp.reset();
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
    if (serverDown) {
      serverBack();
    }
  }

  /** A case whose first letter is written at 09:00 of the letter day; answers the letter's id. */
  long caseWithALetter(String customerNo) {
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-A", DUE.minusDays(30), DUE, "4200.00");
    kit.today(DUE.plusDays(20));
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    return jdbc.queryForObject("select id from outgoing_letter where customer_no = ?", Long.class, customerNo);
  }

  /** The time on AR Desk's clock this many minutes after the letter was written (the test's day, 09:00). */
  LocalDateTime minutesAfterWriting(int minutes) {
    return DUE.plusDays(20).atTime(9, 0).atZone(ZoneId.systemDefault()).withZoneSameInstant(clock.getZone())
        .toLocalDateTime().plusMinutes(minutes);
  }

  void clockAt(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(clock.getZone()).toInstant()));
  }

  List<ActionKind> history(String customerNo) {
    return cases.view(customerNo).history().stream().map(CaseView.Action::kind).toList();
  }

  @Test
  void duringAnOutageTheLetterIsTriedAgainAfter1_2_5_15MinutesThenHourlyAndSentOnceWhenTheServerIsBack() {
    String customerNo = kit.customer("Outage Traders", "ap@outage.example", "en", null);
    long letterId = caseWithALetter(customerNo);
    serverDown();

    // 09:00 the first attempt fails; the letter waits a minute
    assertThat(delivery.deliverPending()).isZero();
    OutgoingLetter letter = outbox.get(letterId);
    assertThat(letter.getDelivery()).isEqualTo(OutgoingLetter.Delivery.PENDING);
    assertThat(letter.getAttempts()).isEqualTo(1);
    assertThat(letter.getNextAttemptAt()).isEqualTo(minutesAfterWriting(1));
    assertThat(letter.getLastError()).startsWith("MailSendException");
    // nothing is tried before then
    clockAt(minutesAfterWriting(0).plusSeconds(59));
    delivery.deliverPending();
    assertThat(outbox.get(letterId).getAttempts()).isEqualTo(1);

    // 09:01 → 09:03 → 09:08 → 09:23 → 10:23 → 11:23
    List<LocalDateTime> waits = new ArrayList<>();
    for (LocalDateTime at = minutesAfterWriting(1); waits.size() < 5; at = outbox.get(letterId).getNextAttemptAt()) {
      clockAt(at);
      assertThat(delivery.deliverPending()).isZero();
      waits.add(outbox.get(letterId).getNextAttemptAt());
    }
    assertThat(waits).containsExactly(minutesAfterWriting(3), minutesAfterWriting(8), minutesAfterWriting(23), minutesAfterWriting(83),
        minutesAfterWriting(143));
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.PENDING);
    assertThat(outbox.get(letterId).getAttempts()).isEqualTo(6);
    assertThat(history(customerNo)).contains(ActionKind.LETTER_QUEUED).doesNotContain(ActionKind.LETTER_SENT,
        ActionKind.LETTER_FAILED);

    // the server is back: the 11:23 attempt sends it, once
    serverBack();
    clockAt(minutesAfterWriting(143));
    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.SENT);
    assertThat(outbox.get(letterId).getSentAt()).isEqualTo(minutesAfterWriting(143));
    clockAt(minutesAfterWriting(210));
    assertThat(delivery.deliverPending()).isZero();
    assertThat(smtp.getReceivedMessagesForDomain("outage.example")).hasSize(1);
    assertThat(history(customerNo)).containsOnlyOnce(ActionKind.LETTER_SENT).doesNotContain(ActionKind.LETTER_FAILED);
    CaseView.Action sent = cases.view(customerNo).history().stream()
        .filter(a -> a.kind() == ActionKind.LETTER_SENT).findFirst().orElseThrow();
    assertThat(sent.at()).isEqualTo(minutesAfterWriting(143));
    assertThat(sent.note()).isEqualTo("ap@outage.example");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("letter-" + letterId).count()).isZero();
  }

  @Test
  void afterADayOfOutageTheLetterIsFailedAndCreditResendsItFromItsTask() {
    String customerNo = kit.customer("Long Outage Ltd", "ap@long-outage.example", "en", null);
    long letterId = caseWithALetter(customerNo);
    serverDown();
    delivery.deliverPending();
    int attemptsWhilePending = 1;
    while (outbox.get(letterId).getDelivery() == OutgoingLetter.Delivery.PENDING) {
      clockAt(outbox.get(letterId).getNextAttemptAt());
      delivery.deliverPending();
      attemptsWhilePending++;
    }
    // attempts at 0, 1, 3, 8, 23 minutes, then every hour to 23 h 23 min: 5 + 23 = 28, all within the day
    OutgoingLetter failed = outbox.get(letterId);
    assertThat(failed.getDelivery()).isEqualTo(OutgoingLetter.Delivery.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(28).isEqualTo(attemptsWhilePending);
    assertThat(failed.getFirstFailedAt()).isEqualTo(minutesAfterWriting(0));
    assertThat(history(customerNo)).containsOnlyOnce(ActionKind.LETTER_FAILED).doesNotContain(ActionKind.LETTER_SENT);

    Task task = tasks.createTaskQuery().processInstanceBusinessKey("letter-" + letterId).singleResult();
    assertThat(task.getName()).startsWith("Letter to Long Outage Ltd (ap@long-outage.example) could not be sent: "
        + "not taken in 28 attempts: ");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link -> "credit".equals(link.getGroupId()));
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_LetterNotSent");

    serverBack();
    kit.complete("letter-not-sent", "letter-" + letterId, "Task_LetterNotSent", "carol", Map.of("letterChoice", "RESEND"));
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.PENDING);
    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(delivery.deliverPending()).isZero();
    assertThat(smtp.getReceivedMessagesForDomain("long-outage.example")).hasSize(1);
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.SENT);
    List<CaseView.Action> history = cases.view(customerNo).history();
    assertThat(history).filteredOn(a -> a.kind() == ActionKind.LETTER_QUEUED).extracting(CaseView.Action::actor)
        .containsExactly("system", "carol");
    assertThat(history).filteredOn(a -> a.kind() == ActionKind.LETTER_SENT).hasSize(1);
  }

  @Test
  void anAddressTheServerRefusesIsFailedAtOnceAndCreditPostsTheLetterInstead() throws Exception {
    String customerNo = kit.customer("Nobody Here Co", "gone@refused.example", "en", null);
    long letterId = caseWithALetter(customerNo);
    serverDown();
    try (RefusingSmtp refusing = new RefusingSmtp(TestSmtp.port())) {
      assertThat(delivery.deliverPending()).isZero();
    }
    OutgoingLetter failed = outbox.get(letterId);
    assertThat(failed.getDelivery()).isEqualTo(OutgoingLetter.Delivery.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(1);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey("letter-" + letterId).singleResult();
    assertThat(task.getName()).isEqualTo("Letter to Nobody Here Co (gone@refused.example) could not be sent: "
        + "the mail server refused the address: " + RefusingSmtp.REFUSAL.formatted("gone@refused.example"));

    kit.complete("letter-not-sent", "letter-" + letterId, "Task_LetterNotSent", "chris", Map.of("letterChoice", "POST"));
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.PRINTED);
    CaseView.Action posted = cases.view(customerNo).history().stream()
        .filter(a -> a.kind() == ActionKind.LETTER_PRINTED).findFirst().orElseThrow();
    assertThat(posted.actor()).isEqualTo("chris");
    serverBack();
    assertThat(delivery.deliverPending()).isZero();
    assertThat(smtp.getReceivedMessagesForDomain("refused.example")).isEmpty();
  }

  @Test
  void creditOrAnAdministratorReQueuesAFailedLetterThroughTheApiAndItsTaskEnds() throws Exception {
    String customerNo = kit.customer("Requeue Trading", "ap@requeue.example", "en", null);
    long letterId = caseWithALetter(customerNo);
    serverDown();
    try (RefusingSmtp refusing = new RefusingSmtp(TestSmtp.port())) {
      delivery.deliverPending();
    }
    serverBack();
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.FAILED);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("letter-" + letterId).count()).isOne();

    HttpResponse<String> bySales = new Http(port).asDemo("lily").post("/api/letters/" + letterId + "/requeue",
        "application/json", "");
    assertThat(bySales.statusCode()).isEqualTo(403);
    assertThat(outbox.get(letterId).getDelivery()).isEqualTo(OutgoingLetter.Delivery.FAILED);

    HttpResponse<String> byCredit = new Http(port).asDemo("carol").post("/api/letters/" + letterId + "/requeue",
        "application/json", "");
    assertThat(byCredit.statusCode()).isEqualTo(200);
    assertThat(byCredit.body()).contains("\"delivery\":\"PENDING\"").contains("\"attempts\":0");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("letter-" + letterId).count()).isZero();
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.LETTER_QUEUED)
        .extracting(CaseView.Action::actor).containsExactly("system", "carol");

    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(smtp.getReceivedMessagesForDomain("requeue.example")).hasSize(1);
    HttpResponse<String> again = new Http(port).asDemo("carol").post("/api/letters/" + letterId + "/requeue",
        "application/json", "");
    assertThat(again.statusCode()).as("a sent letter is not re-queued").isEqualTo(409);
    assertThat(delivery.deliverPending()).isZero();
    assertThat(smtp.getReceivedMessagesForDomain("requeue.example")).hasSize(1);
  }
}
