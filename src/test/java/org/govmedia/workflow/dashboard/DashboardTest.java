package org.govmedia.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The supervisors' dashboard: each figure counts what it should for data put in by the test (a
 * message made overdue through the process; replies, accounts, status changes and a round written
 * as the processes write them), its list shows the same rows in Chinese and Beijing time, and
 * nobody but supervisors and administrators reads any of it.
 */
class DashboardTest extends IntegrationTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private final List<String> cleanup = new ArrayList<>();

  @AfterEach
  void removeTheTestsRows() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      jdbc.update(cleanup.get(i));
    }
  }

  @Test
  void anOverdueMessageCountsForItsProcessAndItsUnitAndItsListNamesIt() throws Exception {
    String unit = "看板测试科-" + UUID.randomUUID().toString().substring(0, 6);
    long before = count(figures().path("overdueByProcess"), "message-reply");
    ProcessInstance overdue = message(unit, true);
    ProcessInstance onTime = message(unit, false);

    JsonNode after = figures();
    assertThat(count(after.path("overdueByProcess"), "message-reply")).isEqualTo(before + 1);
    assertThat(name(after.path("overdueByProcess"), "message-reply")).isEqualTo("留言答复");
    assertThat(count(after.path("overdueByUnit"), unit)).isEqualTo(1);

    String list = page("supervisor1", "/api/dashboard/list?kind=overdue&unit=" + unit);
    assertThat(list).contains("逾期事项：" + unit, "共 1 条", overdue.getBusinessKey(), "留言答复",
        "督办", "2025-09-26 10:00").doesNotContain(onTime.getBusinessKey())
        // each open task's due date by the task's name
        .containsPattern("督办 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertReadable(list);
    String byProcess = page("supervisor1", "/api/dashboard/list?kind=overdue&process=message-reply");
    assertThat(byProcess).contains(overdue.getBusinessKey()).doesNotContain(onTime.getBusinessKey());
  }

  @Test
  void replyTimelinessPerMonthOfTheLast12MonthsCutInBeijingTime() throws Exception {
    clock("2030-06-15T09:00");
    reply("2029-06-30T23:00", true); // before the 12 months
    reply("2029-07-01T00:30", false); // first month (UTC: still June)
    reply("2030-04-02T10:00", true);
    reply("2030-04-20T10:00", true);
    reply("2030-04-30T23:59", false);
    reply("2030-05-01T00:10", true); // May in Beijing, April 30 in UTC

    JsonNode months = figures().path("timeliness");
    assertThat(months).hasSize(12);
    assertThat(months.get(0).path("month").asText()).isEqualTo("2029-07");
    assertThat(months.get(11).path("month").asText()).isEqualTo("2030-06");
    assertThat(months.get(0).path("replies").asLong()).isEqualTo(1);
    assertThat(months.get(0).path("rate").asDouble()).isEqualTo(0.0);
    JsonNode april = months.get(9);
    assertThat(april.path("month").asText()).isEqualTo("2030-04");
    assertThat(april.path("replies").asLong()).isEqualTo(3);
    assertThat(april.path("onTime").asLong()).isEqualTo(2);
    assertThat(april.path("rate").asDouble()).isEqualTo(66.7);
    assertThat(months.get(10).path("replies").asLong()).isEqualTo(1);
    assertThat(months.get(11).path("replies").asLong()).isZero();
    assertThat(months.get(11).path("rate").isNull()).isTrue();

    String list = page("supervisor1", "/api/dashboard/list?kind=replies&month=2030-04");
    assertThat(list).contains("2030年4月 留言答复", "共 3 条", "2030-04-30 23:59", "超期", "按时", "微信公众号")
        .doesNotContain("2030-05-01 00:10");
    assertReadable(list);
  }

  @Test
  void accountsByStatusAndTheLaddersStepsOfThisYear() throws Exception {
    clock("2030-06-15T09:00");
    JsonNode before = figures();
    long warned = account("WARNED");
    long active = account("ACTIVE");
    long shutDown = account("SHUT_DOWN");
    statusChange(warned, "WARNED", "2030-01-01T00:10"); // this year in Beijing, 2029 in UTC
    statusChange(shutDown, "WARNED", "2030-02-01T10:00");
    statusChange(shutDown, "REPORTED", "2030-03-01T10:00");
    statusChange(shutDown, "SHUT_DOWN", "2030-05-01T10:00");
    statusChange(active, "WARNED", "2029-12-31T23:50"); // last year

    JsonNode after = figures();
    assertThat(count(after.path("accountsByStatus"), "WARNED") - count(before.path("accountsByStatus"), "WARNED")).isEqualTo(1);
    assertThat(count(after.path("accountsByStatus"), "ACTIVE") - count(before.path("accountsByStatus"), "ACTIVE")).isEqualTo(1);
    assertThat(name(after.path("accountsByStatus"), "SHUT_DOWN")).isEqualTo("已关停");
    assertThat(after.path("ladderYear").asInt()).isEqualTo(2030);
    assertThat(count(after.path("ladderSteps"), "WARNED")).isEqualTo(2);
    assertThat(count(after.path("ladderSteps"), "REPORTED")).isEqualTo(1);
    assertThat(count(after.path("ladderSteps"), "INTERVIEWED")).isZero();
    assertThat(count(after.path("ladderSteps"), "SHUT_DOWN")).isEqualTo(1);
    assertThat(name(after.path("ladderSteps"), "REPORTED")).isEqualTo("已通报");

    String ladder = page("supervisor1", "/api/dashboard/list?kind=ladder&step=WARNED&year=2030");
    assertThat(ladder).contains("2030年 已提醒", "共 2 条", "2030-01-01 00:10", "看板测试账号WARNED",
        "看板测试账号SHUT_DOWN").doesNotContain("看板测试账号ACTIVE");
    assertReadable(ladder);
    String accounts = page("supervisor1", "/api/dashboard/list?kind=accounts&status=SHUT_DOWN");
    assertThat(accounts).contains("账号台账：已关停", "看板测试账号SHUT_DOWN", "微博");
    assertReadable(accounts);
  }

  @Test
  void theLastRoundsUpdateFindingsAsDaysPerUnit() throws Exception {
    String u1 = "看板甲单位-" + UUID.randomUUID().toString().substring(0, 6);
    String u2 = "看板乙单位-" + UUID.randomUUID().toString().substring(0, 6);
    long round = round("2030-05", "2030-06-02T02:00");
    long a = account("ACTIVE", u1);
    long b = account("ACTIVE", u1);
    long c = account("ACTIVE", u2);
    long d = account("ACTIVE", u2);
    supervision(round, a, finding("UPDATE_FREQUENCY", "2030-05-01", "2030-05-10"));
    supervision(round, b, finding("SILENT_TWO_WEEKS", "2030-05-05", "2030-05-20"));
    supervision(round, c, finding("ORIGINALS", "2030-05-01", "2030-05-31"));
    supervision(round, d, finding("UPDATE_FREQUENCY", "2030-04-25", "2030-05-02"));

    JsonNode heat = figures().path("heat");
    assertThat(heat.path("roundId").asLong()).isEqualTo(round);
    assertThat(heat.path("period").asText()).isEqualTo("2030-05");
    assertThat(heat.path("from").asText()).isEqualTo("2030-05-01");
    assertThat(heat.path("to").asText()).isEqualTo("2030-05-31");
    assertThat(heat.path("ruleSetName").asText()).isEqualTo("高县（2023年）");
    assertThat(heat.path("max").asInt()).isEqualTo(2);
    Map<String, JsonNode> units = new HashMap<>();
    heat.path("units").forEach(u -> units.put(u.path("unit").asText(), u));
    assertThat(units.get(u1).path("total").asLong()).isEqualTo(10 + 16);
    assertThat(units.get(u2).path("total").asLong()).isEqualTo(2); // ORIGINALS is no update finding; April cut off
    Map<String, Integer> days = new HashMap<>();
    units.get(u1).path("days").forEach(day -> days.put(day.get(0).asText(), day.get(1).asInt()));
    assertThat(days).containsEntry("2030-05-05", 2).containsEntry("2030-05-15", 1).doesNotContainKey("2030-05-21");

    String list = page("supervisor1", "/api/dashboard/list?kind=findings&round=" + round + "&unit=" + u1 + "&day=2030-05-15");
    assertThat(list).contains("共 1 条", "看板测试账号ACTIVE", "高县（2023年）");
    String both = page("supervisor1", "/api/dashboard/list?kind=findings&round=" + round + "&unit=" + u1 + "&day=2030-05-05");
    assertThat(both).contains("共 2 条");
    assertReadable(both);
  }

  @Test
  void onlySupervisorsAndAdministratorsSeeTheDashboard() {
    for (String path : List.of("/api/dashboard", "/api/dashboard/figures", "/api/dashboard/list?kind=accounts&status=ACTIVE")) {
      assertThat(get(as("editor1"), path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get(as("owner1"), path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get(rest, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(get(as("supervisor1"), path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(get(as("demo"), path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void thePageLoadsEchartsFromTheApplicationItself() {
    String page = page("supervisor1", "/api/dashboard");
    assertThat(page).contains("政务新媒体监管看板", "/webjars/echarts/5.3.1/dist/echarts.min.js", "/dashboard/dashboard.js")
        .doesNotContain("http://", "https://");
    ResponseEntity<String> echarts = rest.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class);
    assertThat(echarts.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(echarts.getBody()).contains("echarts");
    assertThat(rest.getForEntity("/dashboard/dashboard.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownListIsAChinese400NamingTheField() {
    ResponseEntity<String> answer = get(as("supervisor1"), "/api/dashboard/list?kind=everything");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("kind", "列表类型");
    assertThat(get(as("supervisor1"), "/api/dashboard/list?kind=replies&month=2030-13").getBody()).contains("month");
    assertThat(get(as("supervisor1"), "/api/dashboard/list?kind=ladder&step=NONE&year=2030").getBody()).contains("step");
  }

  // --- data as the processes write it ---------------------------------------------------------------

  /** A citizen message of the unit (its department); made overdue by its deadline timer or not. */
  private ProcessInstance message(String unit, boolean overdue) {
    String id = "m-dash-" + UUID.randomUUID().toString().substring(0, 8);
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    clock("2025-09-26T10:00");
    ProcessInstance message = runtime.createProcessInstanceByKey("message-reply").businessKey(id)
        .setVariables(Map.of("messageId", id, "platform", "WECHAT", "receivedAt", "2025-09-26T10:00+08:00",
            "content", "请问灵活就业人员社保补贴如何申领？")).execute();
    tasks.complete(tasks.createTaskQuery().processInstanceId(message.getId()).taskDefinitionKey("triage")
        .singleResult().getId(), Map.of("classification", "CONSULTATION", "department", unit));
    if (overdue) {
      clock("2025-10-11T00:00");
      for (String timer : List.of("reminder-timer", "deadline-timer")) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(message.getId()).activityId(timer).singleResult().getId());
      }
    }
    ClockUtil.reset();
    cleanup.add("delete from gm_message where message_id = '" + id + "'");
    return message;
  }

  private void reply(String repliedAtBeijing, boolean onTime) {
    String id = "m-dash-" + UUID.randomUUID().toString().substring(0, 8);
    Timestamp at = Timestamp.from(local(repliedAtBeijing).toInstant());
    jdbc.update("""
        insert into gm_message (message_id, platform, received_at, rule_set, process_instance_id, created_at,
          replied_at, on_time, working_days_late) values (?, 'WECHAT', ?, 'gaoxian-2023', ?, ?, ?, ?, ?)
        """, id, at, "pi-" + id, at, at, onTime, onTime ? 0 : 2);
    cleanup.add("delete from gm_message where message_id = '" + id + "'");
  }

  private long account(String status) {
    return account(status, "看板测试单位");
  }

  private long account(String status, String unit) {
    var keys = new GeneratedKeyHolder();
    Timestamp now = new Timestamp(System.currentTimeMillis());
    jdbc.update(con -> {
      var s = con.prepareStatement("""
          insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,
            created_at, updated_at) values (?, 'WEIBO', 'OTHER', ?, 'dashboard-test', ?, false, ?, ?)
          """, new String[] {"id"});
      s.setString(1, "看板测试账号" + status);
      s.setString(2, unit);
      s.setString(3, status);
      s.setTimestamp(4, now);
      s.setTimestamp(5, now);
      return s;
    }, keys);
    long id = keys.getKey().longValue();
    cleanup.add("delete from gm_account where id = " + id);
    return id;
  }

  private void statusChange(long account, String to, String atBeijing) {
    jdbc.update("insert into gm_account_status_change (account_id, from_status, to_status, changed_by, changed_at,"
        + " reason) values (?, 'ACTIVE', ?, 'supervisor1', ?, '检查发现突出问题')", account, to,
        Timestamp.from(local(atBeijing).toInstant()));
    cleanup.add("delete from gm_account_status_change where account_id = " + account);
  }

  private long round(String period, String startedAtBeijing) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var s = con.prepareStatement("""
          insert into gm_inspection_round (rule_set, period, round_kind, sample_percent, eligible_count,
            account_count, started_count, decided_count, status, started_at)
          values ('gaoxian-2023', ?, 'SCHEDULED', 100, 4, 4, 4, 0, 'STARTED', ?)
          """, new String[] {"id"});
      s.setString(1, period);
      s.setTimestamp(2, Timestamp.from(local(startedAtBeijing).toInstant()));
      return s;
    }, keys);
    long id = keys.getKey().longValue();
    cleanup.add("delete from gm_inspection_round where id = " + id);
    return id;
  }

  private void supervision(long round, long account, String findingsJson) {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    jdbc.update("""
        insert into gm_supervision (round_id, account_id, period, check_year, business_key, status, checked_on,
          auto_findings, auto_findings_json, auto_problem, overdue, created_at, updated_at)
        values (?, ?, '2030-05', 2030, ?, 'CHECKED', ?, '更新不及时', ?, true, false, ?, ?)
        """, round, account, "sv-" + UUID.randomUUID(), java.sql.Date.valueOf("2030-06-02"), findingsJson, now, now);
    cleanup.add("delete from gm_supervision where round_id = " + round);
  }

  private String finding(String code, String from, String to) throws Exception {
    return json.writeValueAsString(Map.of("accountId", 0, "checkedOn", "2030-06-02", "findings",
        List.of(Map.of("code", code, "text", "发现", "from", from, "to", to, "count", 0, "minimum", 1))));
  }

  // --- reading ---------------------------------------------------------------------------------------

  private JsonNode figures() throws Exception {
    ResponseEntity<String> answer = get(as("supervisor1"), "/api/dashboard/figures");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private static long count(JsonNode counts, String code) {
    for (JsonNode c : counts) {
      if (code.equals(c.path("code").asText())) {
        return c.path("count").asLong();
      }
    }
    return 0;
  }

  private static String name(JsonNode counts, String code) {
    for (JsonNode c : counts) {
      if (code.equals(c.path("code").asText())) {
        return c.path("name").asText();
      }
    }
    return null;
  }

  private String page(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> answer = as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static ResponseEntity<String> get(TestRestTemplate client, String path) {
    return client.getForEntity(path, String.class);
  }

  /** No raw code, no ISO or UTC time in what a clerk reads. */
  private static void assertReadable(String html) {
    String text = html.replaceAll("<[^>]+>", " ");
    assertThat(text).doesNotContainPattern("\\b(WECHAT|WEIBO|ACTIVE|WARNED|SHUT_DOWN|REPORTED|UPDATE_FREQUENCY|gaoxian-2023)\\b")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").doesNotContain("UTC");
  }

  private static void clock(String beijing) {
    ClockUtil.setCurrentTime(Date.from(local(beijing).toInstant()));
  }

  private static java.time.ZonedDateTime local(String beijing) {
    return LocalDateTime.parse(beijing).atZone(SHANGHAI);
  }
}
