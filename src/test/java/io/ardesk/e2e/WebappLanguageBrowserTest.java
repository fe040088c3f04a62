package io.ardesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Browser;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.demo.DemoDataLoader;
import io.ardesk.workflow.demo.DemoLoading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's own webapps follow the browser's language (headless Chromium told to speak zh-TW, zh-CN,
 * zh, fr or en): Tasklist's login page and Cockpit's start page and navigation in Traditional or
 * Simplified Chinese, Tasklist's own header, Admin and Welcome too, and English unchanged. The suite runs with the default
 * {@code ardesk.language=en}, so a language AR Desk does not have (fr) gets English and a bare
 * {@code zh} gets Simplified; what the other settings of {@code ardesk.language} give is asked of the
 * same code ({@code ardesk-locale.js}) in the browser. Screenshots of the Chinese pages are kept in
 * {@code target/e2e-screenshots/WebappLanguageBrowserTest/}.
 */
@IntegrationTest
@Tag("browser")
class WebappLanguageBrowserTest {

  static final Path SHOTS = Path.of("target", "e2e-screenshots", "WebappLanguageBrowserTest");

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DemoDataLoader demo;
  @Value("${ardesk.admin.user}") String adminUser;
  @Value("${ardesk.admin.password}") String adminPassword;

  /** As in TasklistBrowserTest: the webapps find the engine through the runtime container. */
  @BeforeEach
  void setUp() {
    // the webapps find their engine by name in a registry shared by every test context of the JVM: make
    // it this context's engine, not another (perhaps closed) context's engine of the same name
    if (BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName()) != engine) {
      if (BpmPlatform.getProcessEngineService().getProcessEngineNames().contains(engine.getName())) {
        RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(
            BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName()));
      }
      RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
    }
    browser.driver().manage().window().setSize(new Dimension(1400, 900));
    DemoLoading.load(demo); // figures and tasks on the pages of the screenshots
  }

  @Test
  void traditionalChineseForABrowserInZhTw() throws IOException {
    loginPageAndCockpit("zh-TW", List.of("日期與時間以本地時區顯示：", "使用者名稱", "密碼", "登入"), List.of("流程", "決策", "人工任務", "更多"),
        List.of("執行中的流程實例", "未解決的異常", "未完成的人工任務", "已部署"));

    login("tasklist", "carol");
    browser.waiting().until(d -> visibleText(By.cssSelector("[cam-widget-header]")).contains("啟動流程"));
    assertThat(visibleText(By.cssSelector("[cam-widget-header]"))).contains("建立任務", "啟動流程");
    shoot("zh-TW-tasklist");

    login("admin", adminUser, adminPassword);
    assertThat(visibleText(By.cssSelector("[cam-widget-header]"))).contains("使用者", "群組", "授權");
    shoot("zh-TW-admin");

    login("welcome", "olivia");
    assertThat(visibleText(By.cssSelector("body"))).contains("應用程式", "個人資料");
    shoot("zh-TW-welcome");
  }

  @Test
  void simplifiedChineseForABrowserInZhCn() throws IOException {
    loginPageAndCockpit("zh-CN", List.of("日期与时间以本地时区显示：", "用户名", "密码", "登录"), List.of("流程", "决策", "人工任务", "更多"),
        List.of("运行中的流程实例", "未解决的异常", "未完成的人工任务", "已部署"));
  }

  @Test
  void englishUnchanged() throws IOException {
    loginPageAndCockpit("en-US", List.of("Date and Time displayed in local timezone:", "Username", "Password", "Log in"),
        List.of("Processes", "Decisions", "Human Tasks", "More"),
        List.of("Running Process Instances", "Open Incidents", "Open Human Tasks", "Deployed"));
  }

  @Test
  void aLanguageArDeskDoesNotHaveFallsBackToTheTeamLanguage() {
    speak("fr-FR");
    openLogin("tasklist");
    assertLoginPage(List.of("Date and Time displayed in local timezone:", "Username", "Password", "Log in")); // ardesk.language is en here
  }

  @Test
  void aBareZhIsSimplifiedUnlessTheTeamSpeaksTraditional() {
    speak("zh");
    openLogin("tasklist");
    assertLoginPage(List.of("日期与时间以本地时区显示：", "用户名", "密码", "登录"));
  }

  /** The choice itself, for each setting of ardesk.language, asked of ardesk-locale.js in the page. */
  @Test
  void theChoiceForEachTeamLanguage() {
    speak("en-US");
    openLogin("tasklist");
    Map<String, String> cases = Map.ofEntries(
        Map.entry("zh-TW|en", "zh-TW"), Map.entry("zh-HK|en", "zh-TW"), Map.entry("zh-Hant|en", "zh-TW"),
        Map.entry("zh-Hant-CN|zh-CN", "zh-TW"), Map.entry("zh-CN|zh-TW", "zh-CN"), Map.entry("zh-SG|en", "zh-CN"),
        Map.entry("zh-Hans-HK|zh-TW", "zh-CN"), Map.entry("zh|en", "zh-CN"), Map.entry("zh|zh-TW", "zh-TW"),
        Map.entry("zh|zh-CN", "zh-CN"), Map.entry("fr-FR|en", "en"), Map.entry("fr-FR|zh-TW", "zh-TW"),
        Map.entry("ja|zh-CN", "zh-CN"), Map.entry("de|zh-TW", "zh-TW"), Map.entry("en-GB|zh-TW", "en"),
        Map.entry("en|zh-CN", "en"), Map.entry("|zh-CN", "zh-CN"));
    cases.forEach((given, expected) -> {
      String[] browserAndTeam = given.split("\\|", -1);
      Object chosen = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "import(new URL('/camunda/app/ardesk-locale.js', location.href).href)"
              + ".then(m => done(m.webappLanguage(arguments[0], arguments[1])), e => done('failed: ' + e));",
          browserAndTeam[0], browserAndTeam[1]);
      assertThat(chosen).as("browser '%s', ardesk.language %s", browserAndTeam[0], browserAndTeam[1])
          .isEqualTo(expected);
    });
  }

  /**
   * The browser's language (navigator.languages and Accept-Language) from now on, for this tab; the
   * webapps keep the last language's texts in localStorage, so that goes too.
   */
  void speak(String language) {
    browser.speak(port, language);
  }

  void openLogin(String app) {
    String login = "http://localhost:" + port + "/camunda/app/" + app + "/default/#/login";
    browser.driver().get("about:blank");
    browser.driver().get(login);
    By username = By.cssSelector("input[ng-model=username]");
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(45), Duration.ofMillis(100))
          .until(ExpectedConditions.visibilityOfElementLocated(username));
    } catch (TimeoutException stuck) {
      // seen twice in CI's PostgreSQL pass, never alone: the first page of this class's fresh browser
      // stayed on Tasklist's loading spinner; a reload then shows the login page (follow-up noted)
      browser.driver().navigate().refresh();
      visible(username);
    }
  }

  /**
   * Tasklist's login page and, logged in as the process owner, Cockpit's navigation and start page in
   * the browser's language; a screenshot of each.
   */
  void loginPageAndCockpit(String language, List<String> login, List<String> navigation, List<String> dashboard)
      throws IOException {
    speak(language);
    openLogin("tasklist");
    assertLoginPage(login);
    shoot(language + "-tasklist-login");

    login("cockpit", "olivia");
    browser.waiting().until(d -> visibleText(By.cssSelector("body")).contains(dashboard.get(0)));
    assertThat(visibleText(By.cssSelector("[cam-widget-header]"))).contains(navigation);
    assertThat(visibleText(By.cssSelector("body"))).contains(dashboard);
    shoot(language + "-cockpit");
  }

  /** The footer's time zone label, the two fields' placeholders and the button of a login page. */
  void assertLoginPage(List<String> texts) {
    browser.waiting().until(d -> visibleText(By.cssSelector("body")).contains(texts.get(0)));
    assertThat(List.of(texts.get(0), visible(By.cssSelector("input[ng-model=username]")).getDomAttribute("placeholder"),
        visible(By.cssSelector("input[ng-model=password]")).getDomAttribute("placeholder"),
        visible(By.cssSelector("button[type=submit]")).getText())).isEqualTo(texts);
  }

  void login(String app, String user) {
    login(app, user, Http.demoPassword(user));
  }

  void login(String app, String user, String password) {
    browser.login("http://localhost:" + port + "/camunda/app/" + app + "/default/#/login", user, password);
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  WebElement visible(By by) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  String visibleText(By by) {
    return String.join("\n", browser.driver().findElements(by).stream().map(WebElement::getText).toList());
  }

  void shoot(String name) throws IOException {
    browser.step(name);
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"),
        ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
