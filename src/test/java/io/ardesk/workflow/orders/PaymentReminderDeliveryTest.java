package io.ardesk.workflow.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderView;
import io.ardesk.orders.Shipment;
import io.ardesk.orders.reminders.PaymentReminders;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestSmtp;
import io.ardesk.support.TestNumbers;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment reminder leaves through the outbox after commit, once, in the customer's language. */
@IntegrationTest
class PaymentReminderDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final LocalDate ORDER_DAY = LocalDate.of(2026, 3, 2);

  @Autowired CaseKit kit;
  @Autowired OrderIntake intake;
  @Autowired OrderMessages messages;
  @Autowired OrderService orders;
  @Autowired CustomerService customers;
  @Autowired CreditGrants grants;
  @Autowired PaymentReminders reminders;
  @Autowired LetterDelivery delivery;

  @BeforeEach
  void emptyOutbox() {
    delivery.deliverPending();
    smtp.reset();
    kit.today(ORDER_DAY);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  /** A shipped order of 12,345.60 whose reminder timer has fired. */
  OrderView remindedOrder(String email, String language) {
    String customerNo = kit.customer("Epsilon Metals", email, language, "lily");
    grants.grant(customerNo, new BigDecimal("500000"), "A", SettlementMethod.CREDIT, 30);
    OrderView order = intake.receive(new NewOrder(TestNumbers.unique("RM"), customerNo, ORDER_DAY,
        new BigDecimal("12345.60"), null, null), "lily");
    messages.confirmShipment(order.orderNo(), new Shipment(ORDER_DAY, order.orderNo() + "-INV",
        new BigDecimal("12345.60")), "erp");
    kit.fireTimer(OrderProcess.PROCESS, order.orderNo(), "Timer_ReminderDate");
    return orders.view(order.orderNo());
  }

  @Test
  void theReminderIsSentOnceWithAMessageIdFromTheOrder() throws Exception {
    OrderView order = remindedOrder("ap@epsilon.example", "en");

    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(delivery.deliverPending()).as("never twice").isZero();

    MimeMessage[] received = smtp.getReceivedMessagesForDomain("epsilon.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Payment reminder: invoice " + order.invoiceNo()
        + " (12,345.60 CNY) is due on 2026-04-01");
    assertThat(received[0].getMessageID()).isEqualTo("<payment-reminder-" + order.orderNo() + "@ardesk>");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("receivables@ardesk.local");
    assertThat(GreenMailUtil.getBody(received[0])).contains(order.orderNo()).contains("Ms Li");
    OutgoingLetter reminder = reminders.of(order.orderNo()).orElseThrow();
    assertThat(reminder.getDelivery()).isEqualTo(OutgoingLetter.Delivery.SENT);
    assertThat(reminder.getAttempts()).isEqualTo(1);
  }

  @Test
  void aSimplifiedChineseCustomerGetsTheReminderInSimplifiedChinese() throws Exception {
    OrderView order = remindedOrder("cw@zeta.example", "zh-CN");
    delivery.deliverPending();
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("zeta.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("付款提醒：发票 " + order.invoiceNo() + "（12,345.60 元）将于 2026年4月1日 到期");
    assertThat(reminders.of(order.orderNo()).orElseThrow().getBody()).contains("我司发票 " + order.invoiceNo()
        + "，金额 12,345.60 元，将于 2026年4月1日 到期。").contains("请电汇至账户");
  }

  @Test
  void aTraditionalChineseCustomerGetsTheReminderInTraditionalChinese() throws Exception {
    OrderView order = remindedOrder("tw@zeta.example", "zh-TW");
    delivery.deliverPending();
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("zeta.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("付款提醒：發票 " + order.invoiceNo() + "（12,345.60 元）將於 2026年4月1日 到期");
    assertThat(((String) received[0].getContent()).replace("\r\n", "\n")).isEqualTo("Ms Li 您好：\n\n感謝貴公司的訂單 "
        + order.orderNo() + "。謹此提醒，本公司發票 " + order.invoiceNo() + "，金額 12,345.60 元，將於 2026年4月1日 到期。\n\n"
        + "請安排於到期日前付款。請電匯至帳戶 6222 0000 0000 0000（AR Desk Trading Co.），並註明貴公司客戶編號及發票號。\n\n"
        + "如已付款，請忽略本郵件。\n\n此致\nAR Desk Trading Co.");
  }

  @Test
  void withoutAnEmailAddressNothingIsSentAndTheOrderSaysSo() {
    OrderView order = remindedOrder(null, "en");
    assertThat(reminders.of(order.orderNo()).orElseThrow().getDelivery()).isEqualTo(OutgoingLetter.Delivery.NO_ADDRESS);
    assertThat(delivery.deliverPending()).isZero();
    assertThat(orders.view(order.orderNo()).history()).extracting(OrderView.Event::note)
        .contains("no e-mail address on file: the reminder was not sent");
  }
}
