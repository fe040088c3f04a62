package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.Mails;
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

  /** zh-CN (and a bare zh, with an English team) is Simplified; days and amounts as a Chinese reader writes them. */
  @Test
  void simplifiedChineseCustomersGetTheSimplifiedLetter() throws Exception {
    String customerNo = customerWithInvoiceDaysPastDue(20, "zh-CN");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    delivery.deliverPending();
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("gamma.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("付款提醒：Gamma Industrial 逾期发票 2 张，合计 9,500.50 元");
    assertThat(cases.view(customerNo).letters().get(0).subject())
        .isEqualTo("付款提醒：Gamma Industrial 逾期发票 2 张，合计 9,500.50 元");
    assertThat(Mails.html(received[0])).contains("<br><span>2026年2月20日</span>")
        .contains("<td>" + customerNo + "-A</td>", "<td>2026年1月1日</td>", "<td>2026年1月31日</td>")
        .contains("<td colspan=\"3\">合计 (元)</td>").contains("逾期天数").doesNotContain("2026-01-31", "CNY");
    assertThat(Mails.pdfText(received[0])).contains("付款提醒：Gamma Industrial 逾期发票 2 张，合计 9,500.50 元")
        .contains("2026年1月31日").contains("逾期天数");
  }

  @Test
  void aCustomerWritingJustZhGetsTheSimplifiedLetterFromAnEnglishTeam() {
    String customerNo = customerWithInvoiceDaysPastDue(20, "zh");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    delivery.deliverPending();
    assertThat(smtp.getReceivedMessagesForDomain("gamma.example")).hasSize(1);
    assertThat(cases.view(customerNo).letters().get(0).subject())
        .isEqualTo("付款提醒：Gamma Industrial 逾期发票 2 张，合计 9,500.50 元");
  }

  /** zh-TW: the e-mail's subject and HTML and the PDF copy in Traditional characters. */
  @Test
  void traditionalChineseCustomersGetTheTraditionalLetter() throws Exception {
    String customerNo = customerWithInvoiceDaysPastDue(35, "zh-TW");
    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);
    delivery.deliverPending();
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("gamma.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject())
        .isEqualTo("第二次催款通知：Gamma Industrial 逾期發票 2 張，合計 9,500.50 元，已停止供貨");
    assertThat(Mails.html(received[0])).contains("<html lang=\"zh-TW\">").contains("<br><span>2026年3月7日</span>")
        .contains("<td>" + customerNo + "-B</td>", "<td>2026年1月11日</td>", "<td>2026年2月10日</td>", ">1,500.50<")
        .contains("<th>發票號</th>", "<th>逾期天數</th>", "<td colspan=\"3\">合計 (元)</td>")
        .contains("在逾期款項結清之前，我方已停止對貴公司供貨。")
        .contains("請電匯至帳戶 6222 0000 0000 0000")
        .doesNotContain("发票", "2026-02-10", "CNY");
    assertThat(Mails.pdfText(received[0])).contains("第二次催款通知：Gamma Industrial 逾期發票 2 張，合計 9,500.50 元")
        .contains("2026年2月10日").contains("逾期天數").contains("我方已停止對貴公司供貨");
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
