package io.ardesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium for browser tests: started once per test class with
 * the distribution's chromedriver (Selenium Manager never downloads anything), skipped when the
 * packages are missing. Each {@link #step} keeps a screenshot; when a test fails, all of its steps,
 * the final state and the page source are written to {@code target/e2e-screenshots/<class>/<test>/}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private final List<Shot> shots = new ArrayList<>();
  private ChromeDriver driver;
  private Path profile;

  private record Shot(String name, byte[] png) {}

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    profile = Files.createTempDirectory("ardesk-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    shots.clear();
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits up to 90 s: on a loaded two-core CI machine the webapps' first load (Angular, the locale file,
   * the plugins) has taken over 20 s. A wait ends as soon as its condition holds.
   */
  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(100));
  }

  /**
   * Logs in to a Camunda webapp with a fresh session (the previous user's cookies are gone), from its
   * login page ({@code .../camunda/app/<app>/default/#/login}). The login form focuses the user name
   * field once rendered, which can steal keys typed into the password: type, check what the fields
   * hold, and type again until both are right.
   */
  public void login(String loginPage, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    driver.get(loginPage);
    By userField = By.cssSelector("input[ng-model=username]");
    By passwordField = By.cssSelector("input[ng-model=password]");
    waiting().ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement name = d.findElement(userField);
      if (!name.isDisplayed()) {
        return false;
      }
      name.click();
      WebElement secret = d.findElement(passwordField);
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      return user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
    });
    step("login-" + user);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Keeps a screenshot of the page as it is now, written out only if the test fails. */
  public void step(String name) {
    shots.add(new Shot(name, driver.getScreenshotAs(OutputType.BYTES)));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) {
      return;
    }
    Path dir = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName())
        .resolve(context.getRequiredTestMethod().getName());
    try {
      Files.createDirectories(dir);
      int n = 0;
      for (Shot shot : shots) {
        Files.write(dir.resolve(String.format("%02d-%s.png", ++n, shot.name())), shot.png());
      }
      Files.write(dir.resolve(String.format("%02d-failed.png", ++n)), ((TakesScreenshot) driver)
          .getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve("failed-page.html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * The webapps find the engine through the runtime container; a second application started and
   * closed in this JVM (StartupTest) was seen to leave that container without the suite's engine:
   * register it again if it is gone.
   */
  public static void servesEngine(org.camunda.bpm.engine.ProcessEngine engine) {
    if (!org.camunda.bpm.BpmPlatform.getProcessEngineService().getProcessEngineNames().contains(engine.getName())) {
      org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
    }
  }

  /**
   * The browser's language (navigator.languages and Accept-Language) from now on, for this tab; the
   * webapps keep the last language's texts in localStorage, so that goes too.
   */
  public void speak(int port, String language) {
    ChromeDriver chrome = (ChromeDriver) driver();
    String agent = (String) chrome.executeScript("return navigator.userAgent");
    chrome.executeCdpCommand("Network.setUserAgentOverride", java.util.Map.of("userAgent", agent, "acceptLanguage", language));
    chrome.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    chrome.executeScript("window.localStorage.clear()");
    chrome.manage().deleteAllCookies();
    Object spoken = chrome.executeScript("return navigator.languages[0]");
    if (!language.equals(spoken)) {
      throw new AssertionError("the browser speaks " + spoken + ", not " + language);
    }
  }
}
