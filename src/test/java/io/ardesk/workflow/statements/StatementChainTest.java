package io.ardesk.workflow.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.statements.StatementContent;
import io.ardesk.statements.StatementView;
import io.ardesk.statements.Statements;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Statements chain (docs/domain.md §11) over October, November and December 1993 of a monthly customer:
 * <pre>
 *   1993-10-05 invoice A 1,000.00     posted 10-05
 *   1993-10-20 payment P1  400.00     posted 10-20   October statement made 11-03: 0.00 → 600.00
 *   1993-11-10 invoice B 2,000.00     posted 11-10   November statement made 12-03: 600.00 → 2,600.00
 *   1993-11-28 payment P2  500.00     posted 12-05, after November's statement: on December's, marked late
 *   1993-12-15 credit note CN 100.00  posted 12-15   December statement made 1994-01-03: 2,600.00 → 2,000.00
 * </pre>
 * 2,600.00 − 500.00 − 100.00 = 2,000.00 = 1,000.00 − 400.00 + 2,000.00 − 500.00 − 100.00.
 */
@IntegrationTest
class StatementChainTest {
  static final YearMonth OCT = YearMonth.of(1993, 10);
  static final YearMonth NOV = YearMonth.of(1993, 11);
  static final YearMonth DEC = YearMonth.of(1993, 12);

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired Statements statements;
  @Autowired ObjectMapper json;

  String customerNo;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  void on(String day) {
    kit.today(LocalDate.parse(day));
  }

  void invoice(String suffix, String issued, String amount) {
    invoices.postInvoice(new NewInvoice(customerNo + "-" + suffix, customerNo, LocalDate.parse(issued),
        new BigDecimal(amount), null, "CNY", null), "frank");
  }

  void pay(String suffix, String date, String amount) {
    payments.postPayment(new NewPayment(customerNo + "-" + suffix, customerNo, LocalDate.parse(date),
        new BigDecimal(amount), List.of(), PaymentMethod.TRANSFER, "CNY"), "frank");
  }

  StatementContent.CurrencySection cny(StatementView statement) {
    assertThat(statement.content().currencies()).hasSize(1);
    return statement.content().currencies().get(0);
  }

  @Test
  void threeMonthsWithALatePostedPayment_everyOpeningIsThePreviousClosing() throws Exception {
    customerNo = kit.customer("Chain Trading", "ap@chain-statement.example", "en", "lily");
    customers.changeStatementCadence(customerNo, StatementCadence.MONTHLY, "frank", "monthly statements agreed");

    on("1993-10-05");
    invoice("A", "1993-10-05", "1000.00");
    on("1993-10-20");
    pay("P1", "1993-10-20", "400.00");
    on("1993-11-03");
    StatementView oct = statements.prepare(customerNo, OCT).orElseThrow();

    on("1993-11-10");
    invoice("B", "1993-11-10", "2000.00");
    on("1993-12-03");
    StatementView nov = statements.prepare(customerNo, NOV).orElseThrow();

    on("1993-12-05");
    pay("P2", "1993-11-28", "500.00");        // dated in November, posted after November's statement
    assertThat(statements.customersDue(DEC)).contains(customerNo);
    on("1993-12-15");
    payments.postCreditNote(new NewCreditNote(customerNo + "-CN", customerNo, LocalDate.parse("1993-12-15"),
        new BigDecimal("100.00"), customerNo + "-B", "CNY", "short delivery"), "frank");

    // before December's run: GET of a month not made answers the draft
    on("1994-01-02");
    var draft = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements/1993-12");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    JsonNode draftJson = json.readTree(draft.body());
    assertThat(draftJson.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draftJson.get("openingBalance").decimalValue()).isEqualByComparingTo("2600.00");
    assertThat(draftJson.get("closingBalance").decimalValue()).isEqualByComparingTo("2000.00");
    assertThat(statements.find(customerNo, DEC)).as("a draft is not stored").isEmpty();

    on("1994-01-03");
    StatementView dec = statements.prepare(customerNo, DEC).orElseThrow();

    assertThat(cny(oct).openingBalance()).isEqualByComparingTo("0.00");
    assertThat(cny(oct).lines()).extracting(StatementContent.Line::documentNo)
        .containsExactly(customerNo + "-A", customerNo + "-P1");
    assertThat(oct.closingBalance()).as("1,000.00 − 400.00").isEqualByComparingTo("600.00");

    assertThat(nov.openingBalance()).isEqualTo(oct.closingBalance());
    assertThat(cny(nov).lines()).extracting(StatementContent.Line::documentNo).containsExactly(customerNo + "-B");
    assertThat(nov.closingBalance()).as("600.00 + 2,000.00").isEqualByComparingTo("2600.00");
    assertThat(statements.get(customerNo, NOV).closingBalance()).as("November as sent does not change")
        .isEqualByComparingTo("2600.00");

    assertThat(dec.openingBalance()).isEqualTo(nov.closingBalance());
    assertThat(cny(dec).openingBalance()).isEqualByComparingTo("2600.00");
    assertThat(cny(dec).lines()).extracting(StatementContent.Line::documentNo, l -> l.date().toString(),
            l -> l.credit().toPlainString(), StatementContent.Line::postedLate, l -> l.balance().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(customerNo + "-P2", "1993-11-28", "500.00", true, "2100.00"),
            org.assertj.core.groups.Tuple.tuple(customerNo + "-CN", "1993-12-15", "100.00", false, "2000.00"));
    assertThat(dec.closingBalance()).as("2,600.00 − 500.00 − 100.00").isEqualByComparingTo("2000.00");
    assertThat(cny(dec).aging().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("2000.00");

    // every document on exactly one statement
    assertThat(Stream.of(oct, nov, dec).flatMap(s -> cny(s).lines().stream()).map(StatementContent.Line::documentNo))
        .containsExactlyInAnyOrder(customerNo + "-A", customerNo + "-P1", customerNo + "-B", customerNo + "-P2",
            customerNo + "-CN");

    // the late line says so on the customer's copy
    var pdf = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements/1993-12",
        "Accept", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    var stored = new Http(port).asDemo("frank").get("/api/customers/" + customerNo + "/statements/1993-12");
    assertThat(json.readTree(stored.body()).get("status").asText()).isEqualTo("PREPARED");
    assertThat(json.readTree(stored.body()).at("/content/currencies/0/lines/0/postedLate").asBoolean()).isTrue();
  }
}
