package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A supervisor opens the dashboard from Cockpit's header (监管看板), sees its charts drawn (ECharts
 * canvases, no error in the browser's console, nothing fetched from outside), and a click on the
 * bar of 留言答复 opens the list of the overdue messages behind it.
 */
class SupervisorDashboardE2eTest extends BrowserTest {

  /** Console errors and failed loads (scripts, styles) of every page, collected from its start. */
  private static final String CATCH_ERRORS = """
      window.__errors = [];
      const original = console.error;
      console.error = function () { window.__errors.push(Array.from(arguments).join(' ')); original.apply(console, arguments); };
      window.addEventListener('error', e => window.__errors.push(String(e.message || (e.target && (e.target.src || e.target.href)))), true);
      window.addEventListener('unhandledrejection', e => window.__errors.push('unhandled: ' + e.reason));
      """;

  @Autowired JdbcTemplate jdbc;
  private final List<String> cleanup = new ArrayList<>();

  @AfterEach
  void removeTheRound() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      jdbc.update(cleanup.get(i));
    }
  }

  @Test
  void supervisorOpensTheDashboardFromCockpitAndClicksThroughToTheOverdueMessages() {
    OverdueMessages messages = new OverdueMessages(engine);
    ProcessInstance overdue = messages.overdue();
    ProcessInstance onTime = messages.fresh();
    roundWithUpdateFindings();
    replies();
    ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CATCH_ERRORS));

    signIn("cockpit", "supervisor1");
    step("cockpit's header links to the dashboard", () -> waitForText(By.cssSelector("[cam-widget-header]"), "监管看板"));
    step("clicks the link", () -> click(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='监管看板']")));
    step("the dashboard draws its charts", () -> {
      waitForText(By.tagName("h1"), "政务新媒体监管看板");
      for (String chart : List.of("overdue-process", "overdue-unit", "timeliness", "accounts", "ladder", "heat")) {
        waitUntil("a canvas in chart " + chart, d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
      }
      waitUntil("the data time to be shown", d -> d.findElement(By.id("generated-at")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
      assertThat(driver.findElement(By.id("error")).isDisplayed()).as("the page's own error message").isFalse();
      assertThat(js("return echarts.getInstanceByDom(document.getElementById('overdue-process')).getOption().xAxis[0].data"))
          .asList().contains("留言答复");
      assertThat(js("return document.getElementById('heat-caption').textContent")).asString().contains("高县（2023年）");
      assertThat(js("return Array.from(document.scripts).map(s => s.src).filter(s => s && !s.startsWith(location.origin))"))
          .as("scripts from outside the application").asList().isEmpty();
      assertReadsChinese();
      assertNoConsoleErrors();
    });
    step("the heat map of the last round", () -> {
      js("document.getElementById('heat').scrollIntoView()");
      waitUntil("the heat map's calendars", d -> ((Number) js("return echarts.getInstanceByDom(document.getElementById('heat'))"
          + ".getOption().calendar.length")).intValue() >= 1);
    });
    step("a click on the bar of 留言答复 opens its overdue messages", () -> {
      js("window.scrollTo(0, 0)");
      WebElement chart = driver.findElement(By.id("overdue-process"));
      @SuppressWarnings("unchecked")
      List<Number> at = (List<Number>) js("""
          const el = document.getElementById('overdue-process');
          const c = echarts.getInstanceByDom(el);
          const o = c.getOption();
          const i = o.xAxis[0].data.indexOf('留言答复');
          const p = c.convertToPixel({seriesIndex: 0}, [i, o.series[0].data[i] / 2]);
          return [p[0] - el.clientWidth / 2, p[1] - el.clientHeight / 2];""");
      new Actions(driver).moveToElement(chart, at.get(0).intValue(), at.get(1).intValue()).click().perform();
      waitForText(By.tagName("h1"), "留言答复 逾期事项");
      String table = driver.findElement(By.tagName("table")).getText();
      assertThat(table).contains(overdue.getBusinessKey(), "督办", "2025-09-26 10:00")
          .doesNotContain(onTime.getBusinessKey());
      assertReadsChinese();
      assertNoConsoleErrors();
    });
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void assertNoConsoleErrors() {
    assertThat(js("return window.__errors || []")).as("console errors").asList().isEmpty();
  }

  /** Replies published in the last months (the outcome kept with the message), one of them late. */
  private void replies() {
    for (int i = 0; i < 6; i++) {
      String id = "m-e2e-reply-" + UUID.randomUUID().toString().substring(0, 8);
      Timestamp at = Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(20L + 30L * (i % 3))));
      jdbc.update("insert into gm_message (message_id, platform, received_at, rule_set, process_instance_id,"
          + " created_at, replied_at, on_time, working_days_late) values (?, 'WECHAT', ?, 'gaoxian-2023', ?, ?, ?, ?, ?)",
          id, at, "pi-" + id, at, at, i != 4, i == 4 ? 2 : 0);
      cleanup.add("delete from gm_message where message_id = '" + id + "'");
    }
  }

  /** The last inspection round, started today, with an update finding of the unit 就业科. */
  private void roundWithUpdateFindings() {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    String period = month.toString().substring(0, 7);
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var s = con.prepareStatement("""
          insert into gm_inspection_round (rule_set, period, round_kind, sample_percent, eligible_count,
            account_count, started_count, decided_count, status, started_at)
          values ('gaoxian-2023', ?, 'SCHEDULED', 100, 1, 1, 1, 0, 'STARTED', ?)""", new String[] {"id"});
      s.setString(1, period);
      s.setTimestamp(2, now);
      return s;
    }, keys);
    long round = keys.getKey().longValue();
    cleanup.add("delete from gm_inspection_round where id = " + round);
    var accountKey = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var s = con.prepareStatement("""
          insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,
            created_at, updated_at) values ('就业服务号', 'WECHAT', 'OTHER', '就业科', 'dashboard-e2e', 'ACTIVE', false, ?, ?)""",
          new String[] {"id"});
      s.setTimestamp(1, now);
      s.setTimestamp(2, now);
      return s;
    }, accountKey);
    long account = accountKey.getKey().longValue();
    cleanup.add("delete from gm_account where id = " + account);
    String json = "{\"findings\":[{\"code\":\"UPDATE_FREQUENCY\",\"text\":\"更新不足\",\"from\":\"" + month.plusDays(3)
        + "\",\"to\":\"" + month.plusDays(12) + "\",\"count\":0,\"minimum\":1}]}";
    jdbc.update("""
        insert into gm_supervision (round_id, account_id, period, check_year, business_key, status, checked_on,
          auto_findings, auto_findings_json, auto_problem, overdue, created_at, updated_at)
        values (?, ?, ?, ?, ?, 'CHECKED', ?, '更新频次不足', ?, true, false, ?, ?)""", round, account, period,
        month.getYear(), "sv-e2e-" + UUID.randomUUID(), java.sql.Date.valueOf(LocalDate.now()), json, now, now);
    cleanup.add("delete from gm_supervision where round_id = " + round);
  }
}
