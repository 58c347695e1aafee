package org.govmedia.workflow.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests: the application on its random port (the shared {@link IntegrationTest} context),
 * driven in Debian's headless Chromium with the browser language zh-CN, as the users of the
 * Chinese webapps see them. Run with {@code ./mvnw verify -Pe2e}.
 *
 * <p>Every {@link #step step} saves a screenshot under {@code target/e2e/<test>/<nn>-<step>.png}
 * (system property {@code e2e.dir}); a failing step saves its screenshot and the page source and
 * names itself in the assertion message.
 */
@Tag("e2e")
abstract class BrowserTest extends IntegrationTest {

  static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
  static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("e2e.timeout", 20));

  protected WebDriver driver;
  protected WebDriverWait wait;
  private Path userDataDir;
  private Path screenshots;
  private int stepNumber;

  /** A step of the scenario, as the user would name it. */
  @FunctionalInterface
  protected interface Step {
    void run() throws Exception;
  }

  @BeforeEach
  void startBrowser(TestInfo test) throws IOException {
    screenshots = Path.of(System.getProperty("e2e.dir", "target/e2e"),
        getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    deleteRecursively(screenshots);
    Files.createDirectories(screenshots);
    stepNumber = 0;

    userDataDir = Files.createTempDirectory("govmedia-e2e-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--disable-extensions", "--lang=zh-CN",
        "--window-size=1400,1000", "--user-data-dir=" + userDataDir);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // The driver executable is given: Selenium Manager never runs (and never goes to the network).
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
        // A Chinese office's computer: Beijing time, whatever the machine running the tests uses.
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (userDataDir != null) {
      deleteRecursively(userDataDir);
    }
  }

  /**
   * Runs one step of the scenario and saves its screenshot; a failure is reported as an
   * assertion error naming the step, with the screenshot and the page source kept.
   */
  protected void step(String name, Step step) {
    String file = String.format("%02d-%s", ++stepNumber, name.toLowerCase()
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    try {
      step.run();
    } catch (Throwable failure) {
      screenshot(file + "-FAILED");
      pageSource(file + "-FAILED");
      throw new AssertionError("Step " + stepNumber + " \"" + name + "\" failed (screenshot "
          + screenshots.resolve(file + "-FAILED.png") + "): " + failure.getMessage(), failure);
    }
    screenshot(file);
  }

  private void screenshot(String file) {
    try {
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(png, screenshots.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      System.err.println("e2e: no screenshot " + file + ": " + e);
    }
  }

  private void pageSource(String file) {
    try {
      Files.writeString(screenshots.resolve(file + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      System.err.println("e2e: no page source " + file + ": " + e);
    }
  }

  // --- what a Chinese clerk reads -----------------------------------------------------------------

  /** Raw codes of the application that a clerk must see by their Chinese names. */
  private static final java.util.regex.Pattern RAW_CODE = java.util.regex.Pattern.compile(
      "\\b(WECHAT|WEIBO|DOUYIN|KUAISHOU|TOUTIAO|WEBSITE|ROUTINE|POLICY|REPRINT|EMERGENCY|STATISTICS|"
          + "CONSULTATION|COMPLAINT|SUGGESTION|OUT_OF_REMIT|ACTIVE|PLANNED|PENDING_FILING|WARNED|"
          + "SHUT_DOWN|CLOSED|SENSITIVE|ERRONEOUS|ADVERTISING|EMOTIONAL_OPINION|gaoxian-2023|henan-2019|baicheng-2021|yanchi-2017)\\b");
  /** An ISO-8601 date-time (a UTC or offset time a clerk cannot read). */
  private static final java.util.regex.Pattern ISO_TIME =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  /** English words of the webapps' user interface (what the translation misses shows in English). */
  private static final java.util.regex.Pattern ENGLISH_UI = java.util.regex.Pattern.compile(
      "\\b(Welcome|Select|Tasklist|Cockpit|Admin|Diagnostics|System|First|Previous|Next|Last|ago|"
          + "in a few seconds|in \\d+ (days|hours|minutes)|a few seconds|days|hours|minutes|years|Created|Follow-up|Due|Claim|"
          + "Complete|Sign out|Add criteria|Dashboard|Processes|Decisions|Human Tasks|Now|Loading|"
          + "Start process|Create task|Field is required|Field must|Search|No results|added)\\b");

  /**
   * What the clerk reads on the page (its text and the values shown in its fields) has no engine
   * code, no raw code, no ISO timestamp, no English word of the user interface and no migration
   * banner. Element names of the models stay bilingual for analysts (docs/ARCHITECTURE.md, "Naming"): their English part
   * is not part of the user interface and is left out before the check.
   */
  protected void assertReadsChinese(String... modelNamesEnglish) {
    // AngularJS applies the translations and moment's zh locale a moment after the data arrive (on a
    // busy machine, after the last HTTP request has settled): what stays wrong for a few seconds is
    // what the clerk reads, an English word for a blink is not.
    List<List<String>> last = new java.util.ArrayList<>(List.of(List.of()));
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(250)).until(d -> {
        last.set(0, readingProblems(modelNamesEnglish));
        return last.get(0).isEmpty();
      });
    } catch (org.openqa.selenium.TimeoutException stillWrong) {
      throw new AssertionError("the page reads badly to a Chinese clerk: " + last.get(0));
    }
  }

  private List<String> readingProblems(String... modelNamesEnglish) {
    String text = bodyText();
    Object values = ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('input, textarea, select'))"
            + ".filter(e => e.offsetParent !== null && e.type !== 'hidden' && e.type !== 'password')"
            + ".map(e => e.value).join('\\n');");
    String read = text + "\n" + values;
    for (String english : modelNamesEnglish) {
      read = read.replace(english, "");
    }
    List<String> problems = new java.util.ArrayList<>();
    if (read.contains("ENGINE-")) {
      problems.add("an engine code (ENGINE-)");
    }
    if (read.contains("migrate to Camunda 8") || !all(By.cssSelector(".ce-eol-banner")).stream()
        .filter(WebElement::isDisplayed).toList().isEmpty()) {
      problems.add("the migration banner");
    }
    for (var pattern : List.of(RAW_CODE, ISO_TIME, ENGLISH_UI)) {
      var matcher = pattern.matcher(read);
      if (matcher.find()) {
        int from = Math.max(0, matcher.start() - 30);
        problems.add("\"" + matcher.group() + "\" in \"" + read.substring(from,
            Math.min(read.length(), matcher.end() + 30)).replace('\n', ' ') + "\"");
      }
    }
    return problems;
  }

  // --- the webapps --------------------------------------------------------------------------------

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Opens a webapp ("tasklist", "cockpit") as an anonymous user and signs in on its login page,
   * which speaks Chinese (the browser's language is zh-CN): the heading 请登录 (added by this
   * application's login-heading script: Camunda 7.24's form has none) and 用户名 / 密码 / 登录.
   */
  protected void signIn(String app, String user) {
    By username = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    By password = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    By submit = By.cssSelector("form[name=signinForm] button[type=submit]");
    step("opens " + app + " and sees the chinese login page", () -> {
      driver.get(url("/camunda/app/" + app + "/default/"));
      waitForText(By.cssSelector(".govmedia-login-heading"), "请登录");
      assertPlaceholder(visible(username), "用户名");
      assertPlaceholder(visible(password), "密码");
      waitForText(submit, "登录");
    });
    step("signs in to " + app + " as " + user, () -> {
      visible(username).sendKeys(user);
      visible(password).sendKeys(user);
      click(submit);
      waitUntil("the login form to go (signed in as " + user + ")",
          ExpectedConditions.invisibilityOfElementLocated(password));
      settle();
    });
  }

  private static void assertPlaceholder(WebElement input, String expected) {
    if (!expected.equals(input.getAttribute("placeholder"))) {
      throw new AssertionError("placeholder \"" + expected + "\" expected, got \""
          + input.getAttribute("placeholder") + "\"");
    }
  }

  // --- Tasklist -----------------------------------------------------------------------------------

  /** Clicks a shared filter of Tasklist's left column by (the start of) its name, e.g. "待办". */
  protected void openFilter(String name) {
    click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.), "
        + xpathLiteral(name) + ")]"));
    waitUntil("filter " + name + " to be the active one", ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains("
            + "normalize-space(.), " + xpathLiteral(name) + ")]")));
    settle();
  }

  /** The card of a task in the list of the open filter. */
  protected By taskCard(String taskId) {
    return By.cssSelector("ol.tasks-list li.task a[href='#/?task=" + taskId + "']");
  }

  /** Opens a task from the list of the open filter and waits for its Camunda Form. */
  protected void openTask(String taskId) {
    click(taskCard(taskId));
    visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
    settle();
  }

  /** Claims the open task (its form is read-only until then). */
  protected void claimTask() {
    click(By.cssSelector("[cam-tasklist-task] button.claim"));
    waitUntil("the task to be claimed (form enabled)", ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-form] .disabled-form")));
    settle();
  }

  /** The value of a form-js field, by the end of its id (the form field's id, e.g. "publication-review-title"). */
  protected String formValue(String fieldId) {
    return visible(formField(fieldId)).getAttribute("value");
  }

  protected By formField(String fieldId) {
    return By.cssSelector("form.fjs-form [id$='-" + fieldId + "']");
  }

  /** Waits until a form-js field's value contains the text (form-js fills the fields after rendering). */
  protected void waitForFormValue(String fieldId, String text) {
    waitUntil("form field " + fieldId + " to contain \"" + text + "\"", d -> {
      String value = d.findElement(formField(fieldId)).getAttribute("value");
      return value != null && value.contains(text);
    });
  }

  /** Chooses a radio option of the Camunda Form by its label. */
  protected void chooseRadio(String label) {
    click(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.), "
        + xpathLiteral(label) + ")]/input[@type='radio']"));
  }

  protected void typeInto(String fieldId, String text) {
    WebElement field = clickable(formField(fieldId));
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks Tasklist's 完成 (complete) button under the form. */
  protected void clickComplete() {
    By complete = By.cssSelector("[cam-tasklist-form] .form-actions button[ng-click='complete()']");
    waitForText(complete, "完成");
    click(complete);
  }

  protected WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  protected void click(By by) {
    WebElement element = clickable(by);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }

  protected void waitForText(By by, String text) {
    waitUntil("text \"" + text + "\" in " + by, ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  protected <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200)).withMessage(what).until(condition);
  }

  /** An element whose visible text contains the given text, by XPath over a tag or '*'. */
  protected static By withText(String tag, String text) {
    return By.xpath("//" + tag + "[contains(normalize-space(.), " + xpathLiteral(text) + ")]");
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /** Waits until AngularJS has no pending HTTP requests (best effort, the webapps are AngularJS). */
  protected void settle() {
    waitUntil("AngularJS to settle", d -> {
      Object pending = ((JavascriptExecutor) d).executeScript(
          "try { var el = document.querySelector('[ng-app], .ng-scope') || document.body;"
              + " var inj = window.angular && angular.element(el).injector();"
              + " return inj ? inj.get('$http').pendingRequests.length : 0; } catch (e) { return 0; }");
      return pending instanceof Number n && n.intValue() == 0;
    });
  }

  protected String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  protected List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
