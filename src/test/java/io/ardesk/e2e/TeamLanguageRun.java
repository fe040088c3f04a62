package io.ardesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Browser;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A collector's morning in the team's language, in headless Chromium speaking the same language:
 * Tasklist's login page, the filters, a call task found by its name, its form (labels, options, the
 * validation message) filled and completed, the Customer tab, and Cockpit's start page with the
 * Receivables dashboard. {@link TeamInChineseBrowserTest} runs it with {@code ardesk.language=zh-TW},
 * {@link TeamInEnglishBrowserTest} with the default {@code en}: the same steps, each language's words.
 * Screenshots in {@code target/e2e-screenshots/<class>/}.
 */
abstract class TeamLanguageRun {

  /** What the people read, in the language of the run. */
  record Words(String browserLanguage, List<String> loginPage, List<String> filters, String creditFilter,
      String callTask, String outcomeLabel, String noContact, String noteLabel, String required, String completeButton,
      String formTab, String customerTab, List<String> customerTabHeadings, List<String> cockpitStartPage) {}

  /**
   * A form's date field in the language of the run: the promise option and the two fields' labels, the
   * field's placeholder, a day as typed into it and as it shows the day after.
   */
  record DateWords(String promiseOption, String dateLabel, String amountLabel, String placeholder,
      java.util.function.Function<LocalDate, String> typed, java.util.function.Function<LocalDate, String> shown,
      java.util.function.Function<LocalDate, String> dayLabel, String weekdays) {}

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired ProcessEngine engine;
  Tasklist tasklist;

  /** The words of the run; {@code name} is the customer's, {@code days} the days past due of its invoice. */
  abstract Words words(String name, int days);

  abstract String customerName();

  abstract DateWords dateWords();

  @BeforeEach
  void openBrowser() {
    Browser.servesEngine(engine);
    kit.resetClock();
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    tasklist = new Tasklist(browser, port);
  }

  @Test
  void aCollectorsCallInTheTeamsLanguage() throws Exception {
    String name = customerName();
    int days = 10;
    Words words = words(name, days);
    String customerNo = kit.customer(name, "ap@team-language.example", null, "lily");
    LocalDate today = LocalDate.now();
    kit.invoice(customerNo, customerNo + "-INV1", today.minusDays(days + 30), today.minusDays(days), "10000.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CollectionCaseStarter.PROCESS, customerNo);

    speak(words.browserLanguage());
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/login");
    browser.waiting().until(d -> text("body").contains(words.loginPage().get(0)));
    assertThat(List.of(visible("input[ng-model=username]").getDomAttribute("placeholder"),
        visible("input[ng-model=password]").getDomAttribute("placeholder"), visible("button[type=submit]").getText()))
        .isEqualTo(words.loginPage().subList(1, 4));
    shoot("login");

    tasklist.login("carol", Http.demoPassword("carol"));
    assertThat(text(".task-filter")).contains(words.filters());
    String filterId = engine.getFilterService().createFilterQuery().filterName(words.creditFilter()).singleResult().getId();
    tasklist.openFilter(words.creditFilter(), filterId, customerNo);
    tasklist.openTask(words.callTask());
    tasklist.claim();
    assertThat(text(".fjs-container")).contains(words.outcomeLabel(), words.noteLabel());
    tasklist.tryComplete(words.completeButton());
    browser.waiting().until(d -> {
      try {
        return tasklist.error(words.outcomeLabel()).contains(words.required());
      } catch (RuntimeException e) {
        return false;
      }
    });
    // Tasklist's notice of the refused submit covers the Complete button: close it
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelectorAll('[notifications-panel] .close').forEach(b => b.click());");
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[notifications-panel] .alert")));
    // the Customer tab first: going back to the form draws it afresh
    clickTab(words.customerTab());
    browser.waiting().until(d -> text("[data-ardesk=customer-tab]").contains(words.customerTabHeadings().get(1)));
    visible("table[data-ardesk=open-items] tr[data-invoice]");
    assertThat(text("[data-ardesk=customer-tab]")).contains(words.customerTabHeadings());
    shoot("customer-tab");

    clickTab(words.formTab());
    tasklist.select(words.outcomeLabel(), words.noContact());
    tasklist.type(words.noteLabel(), "Ms Li");
    shoot("task-form");
    tasklist.complete(words.callTask(), words.completeButton());
    kit.runDueJobs(CollectionCaseStarter.PROCESS, customerNo);
    HttpResponse<String> view = new Http(port).asDemo("carol").get("/api/collections/cases/" + customerNo);
    JsonNode calls = new ObjectMapper().readTree(view.body()).path("history");
    assertThat(calls).filteredOn(a -> a.path("kind").asText().equals("CALL")).singleElement()
        .satisfies(call -> {
          assertThat(call.path("outcome").asText()).isEqualTo("NO_CONTACT");
          assertThat(call.path("actor").asText()).isEqualTo("carol");
        });

    browser.login("http://localhost:" + port + "/camunda/app/cockpit/default/#/login", "olivia",
        Http.demoPassword("olivia"));
    browser.waiting().until(d -> text("body").contains(words.cockpitStartPage().get(0)));
    visible("table[data-ardesk=aging-table]");
    assertThat(text("body")).contains(words.cockpitStartPage());
    shoot("cockpit");
  }

  /**
   * A promise to pay recorded in the call task's form: the date field shows the day as the team writes
   * it, takes it typed, and picked in the calendar (its weekdays and days named in that language), and
   * the case stores the day picked (an ISO date) whatever the field showed.
   */
  @Test
  void aPromisedDateAsTheTeamWritesIt() throws Exception {
    String name = customerName() + " 2";
    int days = 10;
    Words words = words(name, days);
    DateWords dates = dateWords();
    String customerNo = kit.customer(name, "ap@team-language-dates.example", null, "lily");
    LocalDate today = LocalDate.now();
    LocalDate promised = today.plusDays(9);
    kit.invoice(customerNo, customerNo + "-INV1", today.minusDays(days + 30), today.minusDays(days), "10000.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CollectionCaseStarter.PROCESS, customerNo);

    speak(words.browserLanguage());
    tasklist.login("carol", Http.demoPassword("carol"));
    String filterId = engine.getFilterService().createFilterQuery().filterName(words.creditFilter()).singleResult().getId();
    tasklist.openFilter(words.creditFilter(), filterId, customerNo);
    tasklist.openTask(words.callTask());
    tasklist.claim();
    tasklist.select(words.outcomeLabel(), dates.promiseOption());
    WebElement field = tasklist.inputOf(dates.dateLabel());
    browser.waiting().until(d -> dates.placeholder().equals(field.getDomProperty("placeholder")));
    tasklist.typeDate(dates.dateLabel(), dates.typed().apply(promised));
    browser.waiting().until(d -> dates.shown().apply(promised).equals(field.getDomProperty("value")));
    field.click();
    browser.waiting().until(d -> text(".flatpickr-calendar.open .flatpickr-weekdaycontainer").replaceAll("\\s+", "")
        .equals(dates.weekdays()));
    shoot("promise-date");
    LocalDate picked = promised.plusDays(1);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
        visible(".flatpickr-calendar.open .flatpickr-day[aria-label='" + dates.dayLabel().apply(picked) + "']"));
    browser.waiting().until(d -> dates.shown().apply(picked).equals(field.getDomProperty("value")));
    tasklist.type(dates.amountLabel(), "4000");
    assertThat(field.getDomProperty("value")).isEqualTo(dates.shown().apply(picked));
    tasklist.complete(words.callTask(), words.completeButton());
    kit.runDueJobs(CollectionCaseStarter.PROCESS, customerNo);

    JsonNode promise = new ObjectMapper().readTree(new Http(port).asDemo("carol")
        .get("/api/collections/cases/" + customerNo).body()).path("openPromise");
    assertThat(promise.path("date").asText()).isEqualTo(picked.toString());
    assertThat(promise.path("amount").decimalValue()).isEqualByComparingTo("4000.00");
  }

  /** The browser's language (navigator.languages, Accept-Language) for this tab, the webapps' stored texts gone. */
  void speak(String language) {
    browser.speak(port, language);
  }

  void clickTab(String label) {
    WebElement tab = browser.waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + label + "']")));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", tab);
  }

  WebElement visible(String css) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  String text(String css) {
    return String.join("\n", browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
  }

  void shoot(String name) throws IOException {
    browser.step(name);
    Path folder = Path.of("target", "e2e-screenshots", getClass().getSimpleName());
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
