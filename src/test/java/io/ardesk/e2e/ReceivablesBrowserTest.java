package io.ardesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Browser;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import io.ardesk.workflow.demo.DemoDataLoader;
import io.ardesk.workflow.demo.DemoLoading;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Receivables plugins in headless Chromium, on the demo data: a process owner's Cockpit dashboard
 * (aging bars adding up to the aging report, a bucket's customers, forecast and calendar) and a
 * collector's Customer tab in Tasklist. The plugins write their figures into tables beside the charts
 * (data attributes), which is what is read here. Screenshots are kept in
 * {@code target/e2e-screenshots/ReceivablesBrowserTest/}.
 */
@IntegrationTest
@Tag("browser")
class ReceivablesBrowserTest {

  static final String CASE = CollectionCaseStarter.PROCESS;
  static final Path SHOTS = Path.of("target", "e2e-screenshots", "ReceivablesBrowserTest");

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired ProcessEngine engine;
  @Autowired DemoDataLoader demo;
  final ObjectMapper json = new ObjectMapper();
  WebDriver driver;

  @BeforeEach
  void setUp() {
    Browser.servesEngine(engine);
    kit.resetClock();
    driver = browser.driver();
    DemoLoading.load(demo);
    // the demo's cases only: other tests leave cases waiting on purpose (a missing exchange rate, say)
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CASE)
        .processInstanceBusinessKeyLike("DEMO-%").list()
        .forEach(instance -> kit.runDueJobs(CASE, instance.getBusinessKey()));
  }

  JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = new Http(port).asDemo(user).get(path);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  void login(String app, String user) {
    driver.manage().window().setSize(new Dimension(1400, 1100));
    browser.login("http://localhost:" + port + "/camunda/app/" + app + "/default/#/login", user, Http.demoPassword(user));
  }

  WebElement visible(By by) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The first figures of a page: ECharts (1 MB) and a dozen API calls load first. */
  WebElement loaded(By by) {
    return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90),
        java.time.Duration.ofMillis(200)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** A screenshot of the whole page (the window grown to the page's height), always kept. */
  void screenshot(String name) throws Exception {
    // the webapps scroll inside their own containers: the tallest of them is the page's height
    Object height = ((JavascriptExecutor) driver).executeScript(
        "return Math.max(...Array.from(document.querySelectorAll('*')).map(e => e.scrollHeight));");
    driver.manage().window().setSize(new Dimension(1400, Math.min(6000, ((Number) height).intValue() + 150)));
    Thread.sleep(1500); // ECharts redraws on resize
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1400, 1100));
  }

  static BigDecimal amount(WebElement element, String attribute) {
    return new BigDecimal(element.getDomAttribute(attribute));
  }

  @Test
  void aProcessOwnerSeesTheAgingAddUpAndABucketsCustomersAndTheForecastAndCalendar() throws Exception {
    String today = LocalDate.now().toString();
    JsonNode aging = get("olivia", "/api/reports/aging?asOf=" + today);
    String currency = aging.path("currency").asText();
    BigDecimal total = aging.path("total").path("open").decimalValue();
    assertThat(total).as("demo data has open items").isPositive();

    login("cockpit", "olivia");
    String row = "table[data-ardesk=aging-table] tr[data-currency=" + currency + "]";
    loaded(By.cssSelector(row + " td[data-total]"));
    visible(By.cssSelector("section[data-ardesk=aging] .ardesk-chart canvas"));
    assertThat(all(".ce-eol-banner")).allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());

    List<WebElement> bars = all(row + " td[data-bucket]");
    assertThat(bars).hasSize(aging.path("buckets").size());
    BigDecimal sum = bars.stream().map(bar -> amount(bar, "data-amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).as("the bars add up to the aging report's total").isEqualByComparingTo(total);
    assertThat(amount(driver.findElement(By.cssSelector(row + " td[data-total]")), "data-total"))
        .isEqualByComparingTo(total);
    for (WebElement bar : bars) {
      assertThat(amount(bar, "data-amount")).as(bar.getDomAttribute("data-bucket"))
          .isEqualByComparingTo(aging.path("total").path("byBucket").path(bar.getDomAttribute("data-bucket")).decimalValue());
    }

    // the overdue bucket holding most: its customers, largest first, each linked to its case in Cockpit
    String bucket = null;
    BigDecimal largest = BigDecimal.ZERO;
    for (JsonNode name : aging.path("buckets")) {
      BigDecimal value = aging.path("total").path("byBucket").path(name.asText()).decimalValue();
      if (!name.asText().equals("NOT_DUE") && value.compareTo(largest) > 0) {
        largest = value;
        bucket = name.asText();
      }
    }
    assertThat(bucket).isNotNull();
    List<Map.Entry<String, BigDecimal>> expected = new ArrayList<>();
    for (JsonNode customer : aging.path("customers")) {
      BigDecimal value = customer.path("byBucket").path(bucket).decimalValue();
      if (value.signum() > 0) {
        expected.add(Map.entry(customer.path("customerNo").asText(), value));
      }
    }
    expected.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
    click(driver.findElement(By.cssSelector(row + " td[data-bucket='" + bucket + "'] button")));
    String list = "table[data-ardesk=bucket-customers][data-bucket='" + bucket + "'] tr[data-customer]";
    loaded(By.cssSelector(list));
    assertThat(all(list)).extracting(tr -> tr.getDomAttribute("data-customer"))
        .containsExactlyElementsOf(expected.stream().map(Map.Entry::getKey).toList());
    assertThat(all(list + " a")).as("links to the collection cases in Cockpit").isNotEmpty()
        .allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("#/process-instance/"));

    JsonNode forecast = get("olivia", "/api/reports/cash-forecast?weeks=13");
    loaded(By.cssSelector("table[data-ardesk=forecast-table] tr[data-week]"));
    visible(By.cssSelector("section[data-ardesk=forecast] .ardesk-chart canvas"));
    List<WebElement> weeks = all("table[data-ardesk=forecast-table] td[data-expected]");
    assertThat(weeks).hasSize(13);
    assertThat(weeks.stream().map(w -> amount(w, "data-expected")).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(forecast.path("expected").decimalValue()).isPositive();

    JsonNode calendar = get("olivia", "/api/reports/coming-actions?days=30");
    assertThat(calendar.size()).as("the demo cases have coming stages").isPositive();
    loaded(By.cssSelector("table[data-ardesk=calendar-table] tr[data-kind]"));
    assertThat(all("table[data-ardesk=calendar-table] tr[data-kind]")).hasSize(calendar.size());
    loaded(By.cssSelector("table[data-ardesk=worklist-table] tr[data-customer]"));
    loaded(By.cssSelector("table[data-ardesk=kpi-table] tbody tr"));
    screenshot("dashboard");
  }

  @Test
  void aCollectorSeesTheCustomerTabOfACallTaskWithItsOverdueItemsAndLetters() throws Exception {
    String customerNo = kit.customer("Willow Stationery", "ap@willow.example", "en", "lily");
    LocalDate today = LocalDate.now();
    kit.invoice(customerNo, customerNo + "-INV1", today.minusDays(50), today.minusDays(20), "10000.00");
    kit.invoice(customerNo, customerNo + "-INV2", today.minusDays(10), today.plusDays(20), "2500.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    String call = "Call Willow Stationery about 1 overdue invoice (10,000.00 CNY, 20 days)";
    String filterId = engine.getFilterService().createFilterQuery().filterName("Credit — open").singleResult().getId();

    Tasklist tasklist = new Tasklist(browser, port);
    tasklist.login("carol", Http.demoPassword("carol"));
    tasklist.openFilter("Credit — open", filterId, customerNo);
    tasklist.openTask(call);
    click(visible(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Customer']")));

    String items = "table[data-ardesk=open-items] tr[data-invoice]";
    loaded(By.cssSelector(items));
    assertThat(all(items)).extracting(tr -> tr.getDomAttribute("data-invoice") + " " + tr.getDomAttribute("data-days-past-due"))
        .containsExactly(customerNo + "-INV1 20", customerNo + "-INV2 0");
    visible(By.cssSelector("[data-ardesk=case][data-stage=LETTER_1]"));
    visible(By.cssSelector("[data-ardesk=customer-tab] .ardesk-chart canvas"));
    List<WebElement> letters = all("table[data-ardesk=letters] tr[data-letter] a");
    assertThat(letters).hasSize(1);
    String href = letters.get(0).getDomAttribute("href");
    assertThat(href).contains("/api/letters/");
    HttpResponse<String> letter = new Http(port).asDemo("carol").get(href.substring(href.indexOf("/api/")));
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.body()).contains(customerNo + "-INV1");
    screenshot("customer-tab");
  }
}
