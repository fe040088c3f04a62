package io.ardesk.workflow.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer is told the answer and the outcome by e-mail, through the letters outbox, once each. */
@IntegrationTest
class ExtensionLetterDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final LocalDate DUE = LocalDate.of(2026, 3, 1);

  @Autowired CaseKit kit;
  @Autowired ExtensionProcess extensions;
  @Autowired ExtensionRequests requests;
  @Autowired LetterDelivery delivery;

  @BeforeEach
  void emptyOutbox() {
    delivery.deliverPending();
    smtp.reset();
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  @Test
  void answerAndOutcomeLeaveAsHtmlEmailsKeyedByTheRequest() throws Exception {
    String customerNo = kit.customer("Kappa Tools", "ap@kappa.example", "en", null);
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", DUE.minusDays(30), DUE, "10000.00");
    kit.today(DUE.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"),
        LocalDate.of(2026, 4, 30), "Cash flow"), RequestSource.API, "carol");
    kit.complete("payment-extension", requestNo, "Task_CheckCredit", "chris", Map.of("creditCheck", "GOOD"));

    assertThat(delivery.deliverPending()).isEqualTo(1);
    MimeMessage answer = smtp.getReceivedMessagesForDomain("kappa.example")[0];
    assertThat(answer.getSubject()).isEqualTo("Payment extension " + requestNo + " granted: pay by 2026-04-30");
    assertThat(answer.getMessageID()).isEqualTo("<extension-" + requestNo.toLowerCase() + "-answer@ardesk>");
    assertThat(GreenMailUtil.getBody(answer)).contains(customerNo + "-INV").contains("10,000.00")
        .contains("18.25% a year").contains("penalty of 5%");

    kit.today(LocalDate.of(2026, 4, 20));
    kit.pay(customerNo, "6000.00", customerNo + "-INV");
    kit.fireTimer("payment-extension", requestNo, "Timer_NewDatePassed");
    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(delivery.deliverPending()).as("each letter once").isZero();

    MimeMessage[] received = smtp.getReceivedMessagesForDomain("kappa.example");
    assertThat(received).hasSize(2);
    MimeMessage outcome = received[1];
    assertThat(outcome.getSubject()).isEqualTo("Payment extension " + requestNo + ": interest charged on the balance");
    assertThat(GreenMailUtil.getBody(outcome)).contains(requestNo + "-INT").contains("120.00").contains("4,000.00")
        .contains("6,000.00 of the 10,000.00 CNY");
    assertThat(requests.view(requestNo).letters()).allSatisfy(l -> assertThat(l.delivery()).isEqualTo("SENT"));
  }
}
