package io.ardesk.workflow.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCharge;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.statements.StatementContent;
import io.ardesk.statements.StatementLetters;
import io.ardesk.statements.StatementView;
import io.ardesk.statements.Statements;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A monthly customer's statements of January and February 1991 to the cent: invoices, payments,
 * credit notes, a charge and an invoice in a second currency. Opening + documents = closing, the
 * aging (with what is on account) adds up to the closing balance; the run made twice makes one
 * statement; the e-mail carries the PDF copy; the API answers JSON and PDF to the ledger's roles.
 */
@IntegrationTest
class StatementOfAccountTest {
  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  static final YearMonth JAN = YearMonth.of(1991, 1);
  static final YearMonth FEB = YearMonth.of(1991, 2);

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired StatementsRun run;
  @Autowired Statements statements;
  @Autowired StatementLetters letters;
  @Autowired LetterDelivery delivery;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String customerNo;

  @BeforeEach
  void ledger() {
    delivery.deliverPending();
    smtp.reset();
    customerNo = kit.customer("Zeta Trading", "ap@zeta-statement.example", "en", "lily");
    customers.changeStatementCadence(customerNo, StatementCadence.MONTHLY, "frank", "monthly statements agreed");
    kit.today(LocalDate.of(1991, 1, 5));
    invoice("A", "1991-01-05", "1000.00", "CNY");                       // due 1991-02-04
    invoice("B", "1991-01-20", "500.00", "CNY");                        // due 1991-02-19
    pay("P1", "1991-01-25", "300.00", customerNo + "-A");
    kit.today(LocalDate.of(1991, 2, 10));
    invoices.postCharge(new NewCharge(customerNo + "-CHG", customerNo, LocalDate.of(1991, 2, 10),
        LocalDate.of(1991, 2, 20), new BigDecimal("36.50"), "CNY", "penalty interest"), "frank");
    payments.postCreditNote(new NewCreditNote(customerNo + "-CN", customerNo, LocalDate.of(1991, 2, 12),
        new BigDecimal("200.00"), customerNo + "-B", "CNY", "short delivery"), "frank");
    payments.postCreditNote(new NewCreditNote(customerNo + "-CN2", customerNo, LocalDate.of(1991, 2, 14),
        new BigDecimal("50.00"), null, "CNY", "rebate"), "frank");
    invoice("U", "1991-02-15", "100.00", "USD");                        // due 1991-03-17
    pay("P2", "1991-02-25", "400.00");
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  void invoice(String suffix, String issued, String amount, String currency) {
    invoices.postInvoice(new NewInvoice(customerNo + "-" + suffix, customerNo, LocalDate.parse(issued),
        new BigDecimal(amount), null, currency, null), "frank");
  }

  void pay(String suffix, String date, String amount, String... invoiceNos) {
    payments.postPayment(new NewPayment(customerNo + "-" + suffix, customerNo, LocalDate.parse(date),
        new BigDecimal(amount), List.of(invoiceNos), PaymentMethod.TRANSFER, "CNY"), "frank");
  }

  static String key(String customerNo, YearMonth month) {
    return customerNo + ":" + month;
  }

  @Test
  void twoMonthsToTheCentAndOneStatementPerRun() {
    kit.today(LocalDate.of(1991, 2, 3));
    assertThat(run.runOn(LocalDate.of(1991, 2, 3))).isGreaterThanOrEqualTo(1);
    assertThat(run.runOn(LocalDate.of(1991, 2, 3))).as("a second run makes nothing new").isZero();
    assertThat(run.runOn(LocalDate.of(1991, 2, 4))).as("not the statements day").isZero();
    assertThat(run.runFor(customerNo, JAN)).isFalse();
    assertThat(statements.customersDue(JAN)).doesNotContain(customerNo);
    kit.today(LocalDate.of(1991, 3, 3));
    assertThat(run.runOn(LocalDate.of(1991, 3, 3))).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from statement where customer_no = ?", Integer.class, customerNo))
        .isEqualTo(2);
    assertThat(kit.instance(StatementProcess.PROCESS, key(customerNo, JAN))).isNotNull();

    StatementView jan = statements.get(customerNo, JAN);
    assertThat(jan.cadence()).isEqualTo("MONTHLY");
    assertThat(jan.currency()).isEqualTo("CNY");
    assertThat(jan.content().currencies()).hasSize(1);
    var janCny = jan.content().currencies().get(0);
    assertThat(janCny.openingBalance()).isEqualByComparingTo("0.00");
    assertThat(janCny.lines()).extracting(StatementContent.Line::documentNo)
        .containsExactly(customerNo + "-A", customerNo + "-B", customerNo + "-P1");
    assertThat(janCny.closingBalance()).isEqualByComparingTo("1200.00");
    assertThat(janCny.aging().get("NOT_DUE")).isEqualByComparingTo("1200.00");
    assertThat(sum(janCny.aging().values())).isEqualByComparingTo(janCny.closingBalance());

    StatementView feb = statements.get(customerNo, FEB);
    assertThat(feb.openingBalance()).isEqualByComparingTo("1200.00");
    assertThat(feb.closingBalance()).isEqualByComparingTo("586.50");
    var cny = feb.content().currencies().get(0);
    assertThat(cny.currency()).isEqualTo("CNY");
    assertThat(cny.openingBalance()).isEqualByComparingTo(janCny.closingBalance());
    assertThat(cny.lines()).extracting(StatementContent.Line::type)
        .containsExactly("CHARGE", "CREDIT_NOTE", "CREDIT_NOTE", "PAYMENT");
    assertThat(cny.lines()).extracting(l -> l.balance().toPlainString())
        .containsExactly("1236.50", "1036.50", "986.50", "586.50");
    assertThat(cny.totalDebits()).isEqualByComparingTo("36.50");
    assertThat(cny.totalCredits()).isEqualByComparingTo("650.00");
    assertThat(cny.openingBalance().add(cny.totalDebits()).subtract(cny.totalCredits()))
        .isEqualByComparingTo(cny.closingBalance());
    // A 300.00 (24 days), B 300.00 (9 days), the charge 36.50 (8 days); the rebate's 50.00 on account
    assertThat(cny.aging()).containsEntry("1-30", new BigDecimal("636.50")).containsEntry("NOT_DUE", new BigDecimal("0.00"))
        .containsEntry(StatementContent.ON_ACCOUNT, new BigDecimal("-50.00"));
    assertThat(sum(cny.aging().values())).isEqualByComparingTo("586.50");

    var usd = feb.content().currencies().get(1);
    assertThat(usd.currency()).isEqualTo("USD");
    assertThat(usd.openingBalance()).isEqualByComparingTo("0.00");
    assertThat(usd.lines()).extracting(StatementContent.Line::documentNo).containsExactly(customerNo + "-U");
    assertThat(usd.closingBalance()).isEqualByComparingTo("100.00");
    assertThat(usd.aging().get("NOT_DUE")).isEqualByComparingTo("100.00");
    assertThat(sum(usd.aging().values())).isEqualByComparingTo("100.00");

    // what was sent stays: a document posted later with an earlier date does not change it
    kit.today(LocalDate.of(1991, 3, 5));
    pay("P3", "1991-02-27", "100.00");
    assertThat(statements.get(customerNo, FEB).content()).isEqualTo(feb.content());
  }

  @Test
  void theEmailCarriesThePdfCopyAndLeavesOnce() throws Exception {
    kit.today(LocalDate.of(1991, 3, 3));
    assertThat(run.runFor(customerNo, FEB)).isTrue();
    kit.runDueJobs(StatementProcess.PROCESS, key(customerNo, FEB));
    assertThat(delivery.deliverPending()).isEqualTo(1);
    // the job run again (a retry) writes no second letter
    assertThat(letters.statement(customerNo, FEB).getId())
        .isEqualTo(letters.statement(customerNo, FEB).getId());
    assertThat(delivery.deliverPending()).isZero();

    MimeMessage[] received = smtp.getReceivedMessagesForDomain("zeta-statement.example");
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Statement of account for Zeta Trading, 1991-02-01 to 1991-02-28");
    assertThat(mail.getMessageID()).isEqualTo("<statement-" + customerNo.toLowerCase() + "-1991-02@ardesk>");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("586.50").contains("1,236.50").contains("Amounts in USD").contains("On account");
    Multipart parts = (Multipart) mail.getContent();
    List<String> attachments = new ArrayList<>();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).getFileName() != null) {
        attachments.add(parts.getBodyPart(i).getFileName() + " " + parts.getBodyPart(i).getContentType());
      }
    }
    assertThat(attachments).hasSize(1);
    assertThat(attachments.get(0)).startsWith("statement-" + customerNo + "-1991-02.pdf application/pdf");
  }

  /** A zh-TW customer's statement: Traditional texts, days as 1991年2月5日, in the subject, the HTML and the PDF. */
  @Test
  void aTraditionalChineseCustomersStatementIsInTraditionalChinese() throws Exception {
    String iota = kit.customer("Iota Trading", "ap@iota-statement.example", "zh-TW", "lily");
    customers.changeStatementCadence(iota, StatementCadence.MONTHLY, "frank", "monthly statements agreed");
    kit.today(LocalDate.of(1991, 2, 5));
    invoices.postInvoice(new NewInvoice(iota + "-A", iota, LocalDate.of(1991, 2, 5), new BigDecimal("12400.00"), null,
        "CNY", null), "frank");
    kit.today(LocalDate.of(1991, 3, 3));
    assertThat(run.runFor(iota, FEB)).isTrue();
    kit.runDueJobs(StatementProcess.PROCESS, key(iota, FEB));
    delivery.deliverPending();

    MimeMessage[] received = smtp.getReceivedMessagesForDomain("iota-statement.example");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Iota Trading 對帳單（1991年2月1日 至 1991年2月28日）");
    String html = io.ardesk.support.Mails.html(received[0]);
    assertThat(html).contains("<html lang=\"zh-TW\">")
        .contains("附上貴公司 1991年2月1日 至 1991年2月28日 的對帳單及 PDF 副本。")
        .contains("<td>1991年2月5日</td>", "<td>發票</td>", "<td>" + iota + "-A</td>", "<td>1991年3月7日</td>")
        .contains("1991年2月28日 餘額帳齡").contains("12,400.00").doesNotContain("1991-02-05", "对账");
    String pdf = io.ardesk.support.Mails.pdfText(received[0]);
    assertThat(pdf).contains("對帳單 1991年2月1日 至 1991年2月28日").contains("1991年2月5日").contains("1991年3月7日")
        .contains("期末餘額").contains("1991年2月28日 餘額帳齡").doesNotContain("对账");
  }

  @Test
  void theApiListsAndShowsStatementsToTheLedgerRoles() throws Exception {
    kit.today(LocalDate.of(1991, 3, 3));
    run.runFor(customerNo, JAN);
    run.runFor(customerNo, FEB);
    kit.runDueJobs(StatementProcess.PROCESS, key(customerNo, FEB));

    var list = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(list.body());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("month").asText()).isEqualTo("1991-02");
    assertThat(rows.get(0).get("status").asText()).isEqualTo("SENT");
    assertThat(rows.get(0).get("closingBalance").asText()).isEqualTo("586.50");
    assertThat(rows.get(1).get("month").asText()).isEqualTo("1991-01");
    assertThat(rows.get(1).get("status").asText()).isEqualTo("PREPARED");

    var one = new Http(port).asDemo("carol").get("/api/customers/" + customerNo + "/statements/1991-02");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode statement = json.readTree(one.body());
    assertThat(statement.get("closingBalance").decimalValue()).isEqualByComparingTo("586.50");
    assertThat(statement.at("/content/currencies/0/aging/1-30").decimalValue()).isEqualByComparingTo("636.50");
    assertThat(statement.at("/content/currencies/1/currency").asText()).isEqualTo("USD");

    var pdf = new Http(port).asDemo("olivia").get("/api/customers/" + customerNo + "/statements/1991-02",
        "Accept", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(new Http(port).asDemo("steve").get("/api/customers/" + customerNo + "/statements").statusCode())
        .isEqualTo(200);

    assertThat(new Http(port).asDemo("lily").get("/api/customers/" + customerNo + "/statements").statusCode())
        .as("sales does not read statements").isEqualTo(403);
    assertThat(new Http(port).asDemo("lily").get("/api/customers/" + customerNo + "/statements/1991-02",
        "Accept", "application/pdf").statusCode()).isEqualTo(403);
    var notMade = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements/1991-07");
    assertThat(notMade.statusCode()).as("a month not made yet answers its draft").isEqualTo(200);
    assertThat(json.readTree(notMade.body()).get("status").asText()).isEqualTo("DRAFT");
    assertThat(json.readTree(notMade.body()).get("openingBalance").decimalValue()).isEqualByComparingTo("586.50");
    assertThat(new Http(port).asDemo("frank").get("/api/customers/NO-SUCH-CUSTOMER/statements").statusCode())
        .isEqualTo(404);
    assertThat(new Http(port).asDemo("frank").get("/api/customers/NO-SUCH-CUSTOMER/statements/1991-02").statusCode())
        .isEqualTo(404);
    var badMonth = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements/1991-13");
    assertThat(badMonth.statusCode()).isEqualTo(422);
    assertThat(badMonth.body()).contains("month");

    byte[] scan = "%PDF-1.4 signed by Ms Li".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String copyPath = "/api/customers/" + customerNo + "/statements/1991-02/signed-copy";
    assertThat(new Http(port).asDemo("carol").postBytes(copyPath, "application/pdf", scan).statusCode())
        .as("only finance keeps the signed copy").isEqualTo(403);
    var wrongType = new Http(port).asDemo("frank").postBytes(copyPath, "text/plain", scan);
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(wrongType.body()).contains("contentType");
    assertThat(new Http(port).asDemo("frank").get(copyPath).statusCode()).isEqualTo(404);
    var kept = new Http(port).asDemo("frank").postBytes(copyPath + "?fileName=slip-feb.pdf", "application/pdf", scan);
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(json.readTree(kept.body()).get("signedCopy").asText()).isEqualTo("slip-feb.pdf");
    var copy = new Http(port).asDemo("olivia").get(copyPath);
    assertThat(copy.statusCode()).isEqualTo(200);
    assertThat(copy.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(copy.body()).isEqualTo("%PDF-1.4 signed by Ms Li");
    assertThat(new Http(port).asDemo("lily").get(copyPath).statusCode()).isEqualTo(403);
    // the service refuses a non-finance user whatever the door
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> statements.attachSignedCopy(customerNo, FEB, "x.pdf",
        "application/pdf", scan, "carol")).isInstanceOf(io.ardesk.ledger.ApprovalRefusedException.class);

    var cadence = new Http(port).asDemo("lily").send("PUT", "/api/customers/" + customerNo + "/statement-cadence",
        "{\"cadence\":\"NONE\"}");
    assertThat(cadence.statusCode()).isEqualTo(403);
    cadence = new Http(port).asDemo("frank").send("PUT", "/api/customers/" + customerNo + "/statement-cadence",
        "{\"cadence\":\"QUARTERLY\",\"reason\":\"customer asked\"}");
    assertThat(cadence.statusCode()).isEqualTo(200);
    assertThat(customers.get(customerNo).getStatementCadence()).isEqualTo(StatementCadence.QUARTERLY);
    assertThat(customers.history(customerNo)).anySatisfy(change -> {
      assertThat(change.getField()).isEqualTo("statementCadence");
      assertThat(change.getNewValue()).isEqualTo("QUARTERLY");
    });
  }

  static BigDecimal sum(java.util.Collection<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
