package io.ardesk.ledger.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.collections.CollectionCase;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.importing.ExchangeRateImport;
import io.ardesk.ledger.importing.ImportRejectedException;
import io.ardesk.ledger.importing.LineError;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every currency counts, converted into the customer's with the latest rate on or before the day;
 * letters list each item in its own currency with totals per currency; a missing rate is an error
 * naming the pair and the day. Base currency CNY; the rates are of 1990, a year no other test uses.
 */
@IntegrationTest
class CurrenciesTest {

  static final LocalDate RATE_DAY = LocalDate.of(1990, 10, 1);
  static final LocalDate DUE = LocalDate.of(1990, 10, 31);
  static final LocalDate TODAY = LocalDate.of(1990, 11, 30);
  static final String RATES = "currency,rate_date,rate\nUSD,1990-09-01,7.00000000\nUSD,1990-10-01,7.10000000\n"
      + "HKD,1990-10-01,0.91\n";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseKit kit;
  @Autowired ExchangeRates rates;
  @Autowired ExchangeRateImport rateImport;
  @Autowired InvoiceService invoices;
  @Autowired LedgerQueries ledger;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void ratesAndDay() {
    rateImport.importRates(new StringReader(RATES), "frank");
    kit.today(TODAY);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  String cnyCustomerWithUsdInvoice(String amount) {
    String customerNo = kit.customer("Pacific Imports", "ap@pacific.example", "en", null);
    invoices.postInvoice(new NewInvoice(customerNo + "-USD", customerNo, DUE.minusDays(30), new BigDecimal(amount),
        DUE, "USD", null), "test");
    return customerNo;
  }

  @Test
  void theLatestRateOnOrBeforeTheDayConvertsAndCrossRatesGoThroughTheBase() {
    assertThat(rates.convert(new BigDecimal("100.00"), "USD", "CNY", LocalDate.of(1990, 9, 30)))
        .isEqualByComparingTo("700.00");
    assertThat(rates.convert(new BigDecimal("100.00"), "USD", "CNY", RATE_DAY)).isEqualByComparingTo("710.00");
    assertThat(rates.convert(new BigDecimal("710.00"), "CNY", "USD", TODAY)).isEqualByComparingTo("100.00");
    assertThat(rates.convert(new BigDecimal("100.00"), "USD", "HKD", TODAY)).isEqualByComparingTo("780.22");
    assertThatThrownBy(() -> rates.convert(BigDecimal.TEN, "USD", "CNY", LocalDate.of(1990, 8, 31)))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no exchange rate USD→CNY on or before 1990-08-31");
  }

  @Test
  void aUsdInvoiceOfACnyCustomerCountsInExposureAndTheHoldRule() {
    String customerNo = cnyCustomerWithUsdInvoice("1000.00");
    kit.invoice(customerNo, customerNo + "-CNY", DUE.minusDays(30), TODAY.plusDays(20), "500.00");

    assertThat(ledger.exposure(customerNo)).isEqualByComparingTo("7600.00");
    assertThat(ledger.oldestDaysPastDue(customerNo, TODAY)).hasValue(30);
    assertThat(ledger.oldestDaysPastDue(customerNo, TODAY.plusDays(1))).as("the > 30-day hold rule").hasValue(31);
    assertThat(ledger.overdueItems(customerNo, TODAY)).singleElement().satisfies(item -> {
      assertThat(item.currency()).isEqualTo("USD");
      assertThat(item.openAmount()).isEqualByComparingTo("1000.00");
      assertThat(item.customerCurrency()).isEqualTo("CNY");
      assertThat(item.customerOpenAmount()).isEqualByComparingTo("7100.00");
    });
  }

  @Test
  void aUsdInvoiceOfACnyCustomerIsDunnedConvertedAndListedInUsd() {
    String customerNo = cnyCustomerWithUsdInvoice("1000.00");

    starter.startOrReview(customerNo);
    kit.runDueJobs("collection-case", customerNo);

    CollectionCase c = cases.openCase(customerNo).orElseThrow();
    assertThat(c.getOverdueAmount()).isEqualByComparingTo("7100.00");
    assertThat(c.getCurrency()).isEqualTo("CNY");
    assertThat(c.getOverdueItems()).isEqualTo(1);
    Map<String, Object> letter = jdbc.queryForMap(
        "select subject, body, amount, currency from outgoing_letter where customer_no = ? and kind = 'DUNNING'",
        customerNo);
    String body = (String) letter.get("body");
    // the converted total shows how it was made: the USD item at the letter date's rate
    String subject = "Second notice: 1 overdue invoice(s) of Pacific Imports, 7,100.00 CNY"
        + " (1,000.00 USD = 7,100.00 CNY at 7.1 on 1990-11-30) - deliveries suspended";
    assertThat(letter.get("subject")).isEqualTo(subject);
    assertThat(body).contains("<h2>" + subject + "</h2>");
    assertThat(body).contains(">1,000.00 USD<").contains(">Total (USD)<").contains(">1,000.00<")
        .doesNotContain("Total (CNY)");
    assertThat((BigDecimal) letter.get("amount")).isEqualByComparingTo("7100.00");
    assertThat(letter.get("currency")).isEqualTo("CNY");
  }

  @Test
  void aMissingRateIsAnIncidentNamingThePairAndTheDay() {
    String customerNo = kit.customer("Euro Parts", "ap@euro.example", "en", null);
    invoices.postInvoice(new NewInvoice(customerNo + "-EUR", customerNo, DUE.minusDays(30), new BigDecimal("300.00"),
        DUE, "EUR", null), "test");
    assertThatThrownBy(() -> ledger.exposure(customerNo)).isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no exchange rate EUR→CNY on or before 1990-11-30");

    starter.startOrReview(customerNo);
    var instance = kit.instance("collection-case", customerNo);
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("no exchange rate EUR→CNY on or before 1990-11-30");
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("no exchange rate EUR→CNY on or before 1990-11-30");
    runtime.deleteProcessInstance(instance.getId(), "test done");
  }

  @Test
  void theImportIsAllOrNothingIdempotentAndForFinanceAndCredit() {
    Http frank = new Http(port).as("frank", "Ardesk-finance-1");
    assertThat(body(frank.post("/api/imports/exchange-rates", "text/csv", RATES)))
        .isEqualTo(node("{\"created\":0,\"unchanged\":3}"));
    HttpResponse<String> created = new Http(port).as("carol", "Ardesk-credit-1").post("/api/imports/exchange-rates",
        "text/csv", "rate,currency,rate_date\n6.5,GBP,1990-10-02\n");
    assertThat(body(created)).isEqualTo(node("{\"created\":1,\"unchanged\":0}"));
    assertThat(new Http(port).as("lily", "Ardesk-sales-1").post("/api/imports/exchange-rates", "text/csv", RATES)
        .statusCode()).isEqualTo(403);

    HttpResponse<String> bad = frank.post("/api/imports/exchange-rates", "text/csv",
        "currency,rate_date,rate\nJPY,1990-10-02,0.05\nusd,1990-10-02,7.2\nUSD,1990-10-01,7.2\nCNY,1990-10-02,1\n"
            + "EUR,1990-13-01,-1\n");
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode errors = body(bad).get("errors");
    assertThat(errors.toString()).isEqualTo(node("""
        [{"line":3,"column":"currency","message":"'usd' is not an ISO 4217 code (three capital letters)"},
         {"line":4,"column":"rate","message":"the rate of USD on 1990-10-01 is already 7.1; an imported rate is not changed"},
         {"line":5,"column":"currency","message":"CNY is the base currency: its rate is always 1"},
         {"line":6,"column":"rate_date","message":"'1990-13-01' is not an ISO date (yyyy-MM-dd)"},
         {"line":6,"column":"rate","message":"must be more than 0, at most 11 digits before and 8 after the decimal point"}]
        """).toString());
    assertThat(rates.toBase("JPY", TODAY)).as("nothing of the file").isEmpty();
  }

  @Test
  void aMissingRateOnTheApiIsA422() {
    String customerNo = kit.customer("Yen Trading", "ap@yen.example", "en", null);
    invoices.postInvoice(new NewInvoice(customerNo + "-NOK", customerNo, DUE.minusDays(30), new BigDecimal("300.00"),
        DUE, "NOK", null), "test");
    kit.resetClock();
    HttpResponse<String> response = new Http(port).as("frank", "Ardesk-finance-1")
        .get("/api/customers/" + customerNo + "/overdue-items");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(body(response).get("detail").asText()).startsWith("no exchange rate NOK→CNY on or before ");
  }

  private JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.statusCode() + " " + response.body(), e);
    }
  }

  private JsonNode node(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
