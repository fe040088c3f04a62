package io.ardesk.e2e;

import io.ardesk.support.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it, for browser tests: log in, pick a filter, find a task by its
 * name, claim it, fill its Camunda Form (form-js) by the fields' labels and complete it. Every wait
 * is explicit: Tasklist is an AngularJS application that loads everything after the page.
 */
final class Tasklist {

  private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private final Browser browser;
  private final WebDriver driver;
  private final String base;

  /** The form's error message under the field of that label, once form-js shows one. */
  String error(String label) {
    return visible(field(label)).findElement(By.cssSelector(".fjs-form-field-error")).getText();
  }

  /** Clicks the form's complete button without waiting for the task to go (a form with errors stays). */
  void tryComplete(String button) {
    click(visible(By.xpath("//button[normalize-space(.)='" + button + "']")));
  }

  /** Waits for form-js's error message under the field of that label and answers it. */
  String awaitError(String label) {
    return waiting().until(d -> {
      try {
        return error(label);
      } catch (org.openqa.selenium.NoSuchElementException e) {
        return null;
      }
    });
  }

  /** Whether the form's complete button can be clicked: Tasklist disables it while form-js shows an error. */
  boolean canComplete(String button) {
    return visible(By.xpath("//button[normalize-space(.)='" + button + "']")).isEnabled();
  }

  Tasklist(Browser browser, int port) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private WebDriverWait waiting() {
    return browser.waiting();
  }

  private WebElement visible(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebElement clickable(By by) {
    return waiting().until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Scrolls the element to the middle of the window first: Tasklist's footer covers the bottom. */
  private void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Logs in with a fresh session and waits for the filters. */
  void login(String user, String password) {
    browser.login(base + "#/login", user, password);
    visible(By.cssSelector(".task-filter"));
  }

  /**
   * Opens a filter of the left column by its name, then narrows its list to one business key with
   * Tasklist's search (loaded from the URL, as a bookmarked search is: the list is long in a suite).
   */
  void openFilter(String filterName, String filterId, String businessKey) {
    clickable(filterLink(filterName)).click();
    visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a[starts-with("
        + "normalize-space(.),'" + filterName + "')]"));
    String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey
        + "\",\"name\":\"\"}]";
    driver.get("about:blank");
    driver.get(base + "#/?filter=" + filterId + "&searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    visible(By.xpath("//*[contains(@class,'search')]//*[contains(normalize-space(.),'" + businessKey + "')]"));
    visible(By.cssSelector("ol.tasks-list"));
    browser.step("filter-" + businessKey);
  }

  static By filterLink(String filterName) {
    return By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.),'" + filterName + "')]");
  }

  static By taskInList(String taskName) {
    return By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(.)='" + taskName + "']");
  }

  /** Clicks the task of that name in the list and waits for its form. */
  void openTask(String taskName) {
    clickable(taskInList(taskName)).click();
    visible(By.xpath("//section[contains(@class,'task-card')]//h2[normalize-space(.)='" + taskName + "']"));
    visible(By.cssSelector(".fjs-container"));
    browser.step("task");
  }

  void claim() {
    click(visible(By.cssSelector("button.claim")));
    visible(By.cssSelector("button.unclaim"));
    browser.step("claimed");
  }

  private By field(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.),'" + label
        + "')]]");
  }

  private WebElement input(String label) {
    WebElement labelElement = visible(By.xpath("//div[contains(@class,'fjs-container')]//label[starts-with("
        + "normalize-space(.),'" + label + "')]"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** A form-js select: opens its drop-down and picks the option by its label. */
  void select(String label, String option) {
    click(visible(field(label)).findElement(By.cssSelector(".fjs-input-group")));
    click(visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")));
  }

  /**
   * A form-js radio group: clicks the option's label inside the group of that label. Every field whose
   * label starts so is searched ("Credit" also starts "Credit grade"), the option's label decides.
   */
  void radio(String label, String option) {
    click(visible(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.),'" + label
        + "')]]//label[normalize-space(.)='" + option + "']")));
  }

  /** Types into a text, number or text area field and leaves it: form-js takes typed values when a field loses focus. */
  void type(String label, String text) {
    WebElement input = input(label);
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }

  /** A form-js date field (flatpickr): typed as the field shows it, then confirmed. */
  void date(String label, LocalDate date) {
    WebElement input = input(label);
    input.sendKeys(FORM_DATE.format(date), Keys.ENTER);
    input.sendKeys(Keys.ESCAPE);
  }

  /**
   * Closes a date field's calendar (flatpickr opens it when the field gets the focus, also by TAB from
   * the field before); while open it covers the buttons below and takes their first click.
   */
  void closeCalendar() {
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
  }

  /** A form-js date field: {@code text} typed as it stands, then confirmed. */
  void typeDate(String label, String text) {
    WebElement input = input(label);
    input.clear();
    input.sendKeys(text, Keys.ENTER);
    input.sendKeys(Keys.ESCAPE);
  }

  /** The input of a form field, by its label. */
  WebElement inputOf(String label) {
    return input(label);
  }

  /** Clicks Complete and waits until the task has left the list. */
  void complete(String taskName) {
    complete(taskName, "Complete");
  }

  /** Clicks the form's complete button, as Tasklist's language names it, and waits until the task has left the list. */
  void complete(String taskName, String button) {
    browser.step("filled");
    click(visible(By.xpath("//button[normalize-space(.)='" + button + "']")));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskName)));
    browser.step("completed");
  }
}
