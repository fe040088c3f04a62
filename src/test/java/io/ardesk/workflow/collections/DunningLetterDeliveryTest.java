package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Letters leave through the outbox: one e-mail per case and stage, also when a job is retried or two nodes send. */
@IntegrationTest
class DunningLetterDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired LetterDelivery delivery;
  @Autowired ManagementService management;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void emptyOutbox() {
    delivery.deliverPending();
    smtp.reset();
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  String customerWithInvoiceDaysPastDue(int days, String language) {
    String customerNo = kit.customer("Gamma Industrial", "ap@gamma.example", language, null);
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-A", DUE.minusDays(30), DUE, "8000.00");
    kit.invoice(customerNo, customerNo + "-B", DUE.minusDays(20), DUE.plusDays(10), "1500.50");
    kit.today(DUE.plusDays(days));
    return customerNo;
  }

  @Test
  void theLetterIsAnHtmlEmailWithAPdfCopyListingEveryOverdueItem() throws Exception {
    String customerNo = customerWithInvoiceDaysPastDue(35, "en");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);

    assertThat(delivery.deliverPending()).isEqualTo(1);
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("gamma.example");
    assertThat(received).hasSize(1);
    MimeMessage letter = received[0];
    assertThat(letter.getSubject())
        .isEqualTo("Second notice: 2 overdue invoice(s) of Gamma Industrial, 9,500.50 CNY - deliveries suspended");
    assertThat(letter.getMessageID()).matches("<dunning-\\d+-letter_2@ardesk>");
    assertThat(letter.getFrom()[0].toString()).isEqualTo("receivables@ardesk.local");
    String body = GreenMailUtil.getBody(letter);
    assertThat(body).contains(customerNo + "-A").contains(customerNo + "-B").contains("9,500.50")
        .contains("We have suspended deliveries");
    Multipart parts = (Multipart) letter.getContent();
    List<String> attachments = IntStream.range(0, parts.getCount()).mapToObj(i -> {
          try {
            return parts.getBodyPart(i).getFileName();
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        }).filter(name -> name != null).toList();
    assertThat(attachments).containsExactly("letter-" + customerNo + "-letter_2.pdf");

    CaseView.Letter sent = cases.view(customerNo).letters().get(0);
    assertThat(sent.delivery()).isEqualTo("SENT");
    assertThat(sent.address()).isEqualTo("ap@gamma.example");
    assertThat(sent.sentAt()).isNotNull();
    assertThat(delivery.deliverPending()).as("nothing left to send").isZero();
  }

  @Test
  void chineseCustomersGetTheChineseLetter() {
    String customerNo = customerWithInvoiceDaysPastDue(20, "zh");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    delivery.deliverPending();
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("gamma.example");
    assertThat(received).hasSize(1);
    assertThat(cases.view(customerNo).letters().get(0).subject())
        .isEqualTo("付款提醒：Gamma Industrial 逾期发票 2 张，合计 9,500.50 CNY");
  }

  @Test
  void aRetriedLetterJobSendsOneEmail() {
    String customerNo = customerWithInvoiceDaysPastDue(20, "en");
    starter.startOrReview(customerNo);
    String instance = kit.instance("collection-case", customerNo).getId();
    Job evaluate = management.createJobQuery().processInstanceId(instance).executable().singleResult();
    // the job writes the letter, then its transaction fails and rolls back …
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      management.executeJob(evaluate.getId());
      assertThat(cases.view(customerNo).letters()).hasSize(1);
      status.setRollbackOnly();
    });
    assertThat(cases.view(customerNo).letters()).isEmpty();
    assertThat(delivery.deliverPending()).isZero();
    // … and the retry commits
    management.executeJob(evaluate.getId());
    kit.runDueJobs("collection-case", customerNo);

    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(smtp.getReceivedMessagesForDomain("gamma.example")).hasSize(1);
    assertThat(cases.view(customerNo).letters()).hasSize(1);
    // a later re-evaluation at the same stage writes no second letter
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    assertThat(delivery.deliverPending()).isZero();
    assertThat(cases.view(customerNo).letters()).hasSize(1);
  }

  @Test
  void twoNodesEmptyingTheOutboxAtOnceSendEachLetterOnce() throws Exception {
    String first = customerWithInvoiceDaysPastDue(20, "en");
    String second = customerWithInvoiceDaysPastDue(40, "en");
    starter.startOrReview(first);
    starter.startOrReview(second);
    kit.runDueJobs("collection-case", first);
    kit.runDueJobs("collection-case", second);

    CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(delivery::deliverPending);
    CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(delivery::deliverPending);
    assertThat(nodeA.get() + nodeB.get()).isEqualTo(2);
    assertThat(smtp.getReceivedMessagesForDomain("gamma.example")).hasSize(2);
  }

  @Test
  void anUnreachableMailServerLeavesTheLetterPendingWithTheError() {
    String customerNo = customerWithInvoiceDaysPastDue(20, "en");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    smtp.stop();
    try {
      assertThat(delivery.deliverPending()).isZero();
      CaseView.Letter letter = cases.view(customerNo).letters().get(0);
      assertThat(letter.delivery()).isEqualTo("PENDING");
      assertThat(letter.attempts()).isEqualTo(1);
      assertThat(letter.lastError()).startsWith("MailSendException");
    } finally {
      smtp.start();
    }
    // the next attempt is a minute later (ardesk.letters.retry-delays; LetterOutageTest has the schedule)
    assertThat(delivery.deliverPending()).isZero();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        new java.util.Date(org.camunda.bpm.engine.impl.util.ClockUtil.now().getTime() + 60_000));
    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(cases.view(customerNo).letters().get(0).delivery()).isEqualTo("SENT");
  }
}
