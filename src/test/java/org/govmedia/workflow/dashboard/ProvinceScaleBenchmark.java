package org.govmedia.workflow.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.govmedia.workflow.GovmediaApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (tag benchmark; prints figures, asserts no time): a province's five years on
 * PostgreSQL, filled in three steps (10 %, 50 %, 100 %) of
 * <ul>
 *   <li>10,000 accounts in the register, with status changes (the ladder) this year and last;</li>
 *   <li>1,000,000 finished message-reply instances with their history (ACT_HI_PROCINST, _VARINST,
 *       _TASKINST, _ACTINST as the engine writes them, removal time = end + the model's time to
 *       live) and their messages (gm_message with the reply outcome), spread over five years;</li>
 *   <li>50,000 open tasks (running message-reply instances: execution, task, candidate group,
 *       variables; 10 % past their due date and marked overdue);</li>
 *   <li>60 monthly rounds, each checking every account (gm_supervision, 20 % with an update
 *       finding).</li>
 * </ul>
 * The rows are written with set-wise SQL (generate_series), not through the engine: the engine
 * writes about 40 rows per reply, so a million replies through it would take hours on the build
 * machine. After each step it times, with 10 concurrent supervisors (p50, p95, max of 50 requests
 * each): the dashboard's figures and the list behind its biggest bar; Tasklist's 逾期 filter through
 * /engine-rest/task (dueBefore now, first page of 15 and maxResults=2000, and its count); the
 * register (GET /api/accounts, first and a far page); a quarterly report; and /api/overdue and
 * /api/accounts?format=xlsx only where they answer 200 on this branch. Last, the history cleanup:
 * the nightly job run for {@code benchmark.cleanupSeconds} (default 120 s); it prints what it
 * removed per second and checks that only history past its time to live went, and that the
 * application's tables kept every row.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q verify -Pbenchmark -Dtest=ProvinceScaleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} with PostgreSQL at 127.0.0.1:5432 (user postgres);
 * {@code -Dtest.jvm.extra="-Dbenchmark.url=jdbc:postgresql://127.0.0.1:5432/gm_bench
 * -Dbenchmark.scale=0.2"} to choose the database (created when missing, dropped afterwards unless
 * -Dbenchmark.keep=true) and a fraction of the full volume.
 */
@Tag("benchmark")
class ProvinceScaleBenchmark {

  private static final String URL = System.getProperty("benchmark.url", "jdbc:postgresql://127.0.0.1:5432/gm_bench");
  private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
  private static final int ACCOUNTS = (int) (10_000 * SCALE);
  private static final int REPLIES = (int) (1_000_000 * SCALE);
  private static final int OPEN_TASKS = (int) (50_000 * SCALE);
  private static final int ROUNDS = 60;
  private static final int UNITS = 500;
  private static final int USERS = 10;
  private static final int REQUESTS = 5;
  private static final double[] STEPS = {0.1, 0.5, 1.0};
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final List<String> report = new ArrayList<>();
  private HttpClient http;
  private String base;

  @Test
  void provinceScale() throws Exception {
    String database = URL.substring(URL.lastIndexOf('/') + 1);
    String server = URL.substring(0, URL.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "")) {
      var exists = admin.createStatement().executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        admin.createStatement().execute("create database " + database);
      }
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GovmediaApplication.class)
        .profiles("postgres").run("--spring.datasource.url=" + URL, "--server.port=0",
            "--govmedia.demo-data=true", "--govmedia.admin.password=demo",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
            "--logging.level.org.govmedia=WARN", "--spring.datasource.hikari.maximum-pool-size=20")) {
      base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("message-reply").latestVersion().singleResult().getId();
      jdbc.execute("insert into gm_inspection_round (rule_set, period, round_kind, sample_percent, eligible_count,"
          + " account_count, started_count, decided_count, status, started_at)"
          + " select 'gaoxian-2023', to_char(date_trunc('month', now()) - (r || ' months')::interval, 'YYYY-MM'),"
          + " 'SCHEDULED', 100, 0, 0, 0, 0, 'REPORTED', date_trunc('month', now()) - ((r - 1) || ' months')::interval"
          + " + interval '2 hours' from generate_series(1, " + ROUNDS + ") r");
      int done = 0;
      double before = 0;
      for (double step : STEPS) {
        long t0 = System.nanoTime();
        fill(jdbc, definition, before, step);
        jdbc.execute("analyze");
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        report.add(String.format("--- %.0f %% (scale %.2f): %,d accounts, %,d finished replies, %,d open tasks,"
            + " %d rounds; filled in %.0f s", step * 100, SCALE, (int) (ACCOUNTS * step), (int) (REPLIES * step),
            (int) (OPEN_TASKS * step), ROUNDS, fillSeconds));
        report.add("    rows: " + jdbc.queryForMap("select (select count(*) from ACT_HI_PROCINST) procinst,"
            + " (select count(*) from ACT_HI_VARINST) varinst, (select count(*) from ACT_HI_ACTINST) actinst,"
            + " (select count(*) from ACT_HI_TASKINST) taskinst, (select count(*) from ACT_RU_TASK) open_tasks,"
            + " (select count(*) from gm_supervision) supervisions"));
        time();
        before = step;
        report.forEach(System.out::println);
        done = report.size();
      }
      cleanup(jdbc);
      report.subList(done, report.size()).forEach(System.out::println);
    } finally {
      if (!Boolean.getBoolean("benchmark.keep")) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "")) {
          admin.createStatement().execute("drop database if exists " + database + " with (force)");
        }
      }
    }
  }

  // --- filling ----------------------------------------------------------------------------------------

  private void fill(JdbcTemplate jdbc, String definition, double from, double to) {
    int a0 = (int) (ACCOUNTS * from), a1 = (int) (ACCOUNTS * to);
    int r0 = (int) (REPLIES * from), r1 = (int) (REPLIES * to);
    int t0 = (int) (OPEN_TASKS * from), t1 = (int) (OPEN_TASKS * to);
    String def = "'" + definition + "'";
    // The register: accounts of 500 units, one rule set; 3 % warned, 1 % reported, 0.5 % shut down.
    jdbc.execute("insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,"
        + " opened_on, created_at, updated_at) select '基准账号' || i, (array['WECHAT','WEIBO','DOUYIN','APP'])[1 + i % 4],"
        + " 'OTHER', '基准单位' || (i % " + UNITS + "), 'gaoxian-2023',"
        + " case when i % 200 = 0 then 'SHUT_DOWN' when i % 100 = 1 then 'REPORTED' when i % 33 = 2 then 'WARNED'"
        + " else 'ACTIVE' end, false, date '2020-01-01', now(), now() from generate_series(" + a0 + ", " + (a1 - 1) + ") i");
    jdbc.execute("insert into gm_account_status_change (account_id, from_status, to_status, changed_by, changed_at, reason)"
        + " select id, 'ACTIVE', status, 'supervisor1', now() - (id % 300) * interval '1 day', '检查发现突出问题'"
        + " from gm_account where name like '基准账号%' and status <> 'ACTIVE'"
        + " and id not in (select account_id from gm_account_status_change)");
    // Every round checks every new account; 20 % with an update finding of 10 days in the period.
    jdbc.execute("insert into gm_supervision (round_id, account_id, period, check_year, business_key, status, checked_on,"
        + " auto_findings, auto_findings_json, auto_problem, overdue, created_at, updated_at)"
        + " select r.id, a.id, r.period, cast(substr(r.period, 1, 4) as integer), 'bsv-' || r.id || '-' || a.id, 'CHECKED',"
        + " cast(r.started_at as date), case when a.id % 5 = 0 then '更新频次不足' end,"
        + " case when a.id % 5 = 0 then '{\"findings\":[{\"code\":\"UPDATE_FREQUENCY\",\"text\":\"更新频次不足\",\"from\":\"'"
        + " || r.period || '-' || lpad(cast(1 + a.id % 18 as text), 2, '0') || '\",\"to\":\"' || r.period || '-'"
        + " || lpad(cast(10 + a.id % 18 as text), 2, '0') || '\",\"count\":0,\"minimum\":1}]}' end,"
        + " a.id % 5 = 0, false, now(), now()"
        + " from gm_inspection_round r cross join gm_account a where a.name like '基准账号%'"
        + " and cast(substr(a.name, 5) as integer) between " + a0 + " and " + (a1 - 1));
    // Finished replies: history as the engine writes it (ended over the last five years), the message.
    String ended = "(select i, now() - ((cast(i as bigint) * 7919) % 1826) * interval '1 day' - (i % 86400) * interval '1 second' as e"
        + " from generate_series(" + r0 + ", " + (r1 - 1) + ") i) x";
    jdbc.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
        + " START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
        + " select 'bpi-' || i, 'bpi-' || i, 'bm-' || i, 'message-reply', " + def + ", e - interval '3 days', e,"
        + " e + interval '731 days', 259200000, 'message-received', 'reply-published', 'bpi-' || i, 'COMPLETED' from " + ended);
    String[][] vars = {{"messageId", "string", "null", "'bm-' || i"}, {"department", "string", "null", "'基准单位' || (i % " + UNITS + ")"},
        {"onTime", "boolean", "case when i % 10 = 0 then 0 else 1 end", "null"},
        {"workingDaysLate", "integer", "case when i % 10 = 0 then 1 + i % 3 else 0 end", "null"}};
    for (String[] v : vars) {
      jdbc.execute("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
          + " EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_, TEXT_, STATE_, REMOVAL_TIME_)"
          + " select 'bv-" + v[0] + "-' || i, 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i, '" + v[0]
          + "', '" + v[1] + "', e, 1, " + v[2] + ", " + v[3] + ", 'CREATED', e + interval '731 days' from " + ended);
    }
    String[][] tasks = {{"triage", "分派 Triage", "hotline1"}, {"draft-reply", "拟写答复 Draft reply", "dept1"},
        {"approve-reply", "审批答复 Approve reply", "approver1"}};
    for (int k = 0; k < tasks.length; k++) {
      String[] t = tasks[k];
      jdbc.execute("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
          + " PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_,"
          + " DUE_DATE_, DELETE_REASON_, REMOVAL_TIME_, TASK_STATE_)"
          + " select 'bt-" + k + "-' || i, '" + t[0] + "', 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i,"
          + " 'ba-" + k + "-' || i, '" + t[1] + "', '" + t[2] + "', e - interval '" + (3 - k) + " days',"
          + " e - interval '" + (2 - k) + " days', 86400000, 50, e + interval '4 days', 'completed',"
          + " e + interval '731 days', 'Completed' from " + ended);
      jdbc.execute("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
          + " EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,"
          + " ACT_INST_STATE_, SEQUENCE_COUNTER_, REMOVAL_TIME_)"
          + " select 'ba-" + k + "-' || i, 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i, '" + t[0]
          + "', 'bt-" + k + "-' || i, '" + t[1] + "', 'userTask', '" + t[2] + "', e - interval '" + (3 - k) + " days',"
          + " e - interval '" + (2 - k) + " days', 86400000, 1, " + (k + 1) + ", e + interval '731 days' from " + ended);
    }
    jdbc.execute("insert into gm_message (message_id, platform, received_at, rule_set, process_instance_id, created_at,"
        + " replied_at, on_time, working_days_late) select 'bm-' || i, (array['WECHAT','WEIBO','DOUYIN','APP'])[1 + i % 4],"
        + " e - interval '3 days', 'gaoxian-2023', 'bpi-' || i, e - interval '3 days', e, i % 10 <> 0,"
        + " case when i % 10 = 0 then 1 + i % 3 else 0 end from " + ended);
    // Open tasks: running replies at draft-reply; 10 % past their due date and marked overdue.
    String open = "(select i, now() - (i % 20) * interval '1 day' as c from generate_series(" + t0 + ", " + (t1 - 1) + ") i) x";
    jdbc.execute("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,"
        + " ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,"
        + " SEQUENCE_COUNTER_) select 'bopen-' || i, 1, 'bopen-' || i, 'bopen-' || i, 'bo-' || i, " + def + ","
        + " 'draft-reply', true, false, true, false, 1, 2, 1 from " + open);
    jdbc.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
        + " START_ACT_ID_, ROOT_PROC_INST_ID_, STATE_, REMOVAL_TIME_) select 'bopen-' || i, 'bopen-' || i, 'bo-' || i,"
        + " 'message-reply', " + def + ", c, 'message-received', 'bopen-' || i, 'ACTIVE', null from " + open);
    jdbc.execute("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,"
        + " PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)"
        + " select 'bto-' || i, 1, 'bopen-' || i, 'bopen-' || i, " + def + ", '拟写答复 Draft reply', 'draft-reply', 50, c, c,"
        + " case when i % 10 = 0 then now() - interval '2 days' else now() + interval '5 days' end, 1, 'Created' from " + open);
    jdbc.execute("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'bil-' || i, 1,"
        + " 'departments', 'candidate', 'bto-' || i from " + open);
    jdbc.execute("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TEXT_,"
        + " VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) select 'bvd-' || i, 1, 'string', 'department',"
        + " 'bopen-' || i, 'bopen-' || i, " + def + ", '基准单位' || (i % " + UNITS + "), 'bopen-' || i, 1, false from " + open);
    jdbc.execute("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, LONG_,"
        + " TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) select 'bvo-' || i, 1, 'boolean', 'overdue',"
        + " 'bopen-' || i, 'bopen-' || i, " + def + ", case when i % 10 = 0 then 1 else 0 end, null, 'bopen-' || i, 1, false"
        + " from " + open);
  }

  // --- timing -----------------------------------------------------------------------------------------

  private void time() throws Exception {
    String now = OffsetDateTime.now(SHANGHAI).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    String due = java.net.URLEncoder.encode(now, StandardCharsets.UTF_8);
    LocalDate quarterStart = LocalDate.now(SHANGHAI).withDayOfMonth(1)
        .minusMonths((LocalDate.now(SHANGHAI).getMonthValue() - 1) % 3 + 3);
    String quarter = quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("dashboard figures (GET /api/dashboard/figures)", "/api/dashboard/figures");
    calls.put("dashboard list behind the biggest bar", "/api/dashboard/list?kind=overdue&process=message-reply");
    calls.put("逾期 filter, first page of 15 (/engine-rest/task)", "/engine-rest/task?dueBefore=" + due
        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15");
    calls.put("逾期 filter, maxResults=2000 (/engine-rest/task)", "/engine-rest/task?dueBefore=" + due
        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=2000");
    calls.put("逾期 filter count (/engine-rest/task/count)", "/engine-rest/task/count?dueBefore=" + due);
    calls.put("register, first page of 200 (GET /api/accounts)", "/api/accounts?page=0&size=200");
    calls.put("register, a far page (GET /api/accounts)", "/api/accounts?page=" + Math.max(0, ACCOUNTS / 200 - 1) + "&size=200");
    calls.put("quarterly report " + quarter + " (GET /api/reports/quarters)", "/api/reports/quarters/" + quarter + "?ruleSet=gaoxian-2023");
    calls.put("register export (GET /api/accounts?format=xlsx)", "/api/accounts?format=xlsx");
    calls.put("everything overdue (GET /api/overdue)", "/api/overdue");
    for (var call : calls.entrySet()) {
      HttpResponse<byte[]> first = send(call.getValue());
      int status = first.statusCode();
      String type = first.headers().firstValue("Content-Type").orElse("");
      if (status != 200 || (call.getValue().contains("xlsx") && !type.contains("spreadsheetml"))) {
        report.add(String.format("    %-58s not measured: answers %d %s on this branch", call.getKey(), status, type));
        continue;
      }
      report.add(String.format("    %-58s %s", call.getKey(), concurrently(call.getValue())));
    }
  }

  private String concurrently(String path) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(USERS);
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int u = 0; u < USERS; u++) {
        runs.add(pool.submit(() -> {
          for (int r = 0; r < REQUESTS; r++) {
            long t = System.nanoTime();
            int status = get(path);
            millis.add((System.nanoTime() - t) / 1_000_000);
            if (status != 200) {
              throw new IllegalStateException(path + " answered " + status);
            }
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format("p50 %5d ms  p95 %5d ms  max %5d ms  (%d requests, %d users)", sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1), sorted.size(), USERS);
  }

  private int get(String path) throws Exception {
    return send(path).statusCode();
  }

  private HttpResponse<byte[]> send(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("supervisor1:supervisor1".getBytes()))
        .header("Accept", path.contains("/list") ? "text/html" : path.contains("xlsx") ? "*/*" : "application/json").GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  // --- history cleanup --------------------------------------------------------------------------------

  private void cleanup(JdbcTemplate jdbc) {
    ProcessEngine engine = null;
    String appTables = "select (select count(*) from gm_message) + (select count(*) from gm_account)"
        + " + (select count(*) from gm_supervision) + (select count(*) from gm_inspection_round)"
        + " + (select count(*) from gm_account_status_change) + (select count(*) from gm_approval)"
        + " + (select count(*) from gm_review_entry)";
    long appBefore = jdbc.queryForObject(appTables, Long.class);
    long due = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class);
    long keep = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ > now() or REMOVAL_TIME_ is null", Long.class);
    long rowsBefore = historyRows(jdbc);
    long seconds = Long.getLong("benchmark.cleanupSeconds", 120);
    report.add(String.format("--- history cleanup: %,d finished instances past their time to live, %,d to keep;"
        + " running the cleanup job for up to %d s", due, keep, seconds));
    engine = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();
    long start = System.nanoTime();
    int runs = 0;
    while ((System.nanoTime() - start) / 1e9 < seconds) {
      engine.getHistoryService().cleanUpHistoryAsync(true);
      for (var job : engine.getHistoryService().findHistoryCleanupJobs()) {
        engine.getManagementService().executeJob(job.getId());
      }
      runs++;
      if (jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class) == 0) {
        break;
      }
    }
    double took = (System.nanoTime() - start) / 1e9;
    long removedInstances = due - jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class);
    long removedRows = rowsBefore - historyRows(jdbc);
    long kept = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ > now() or REMOVAL_TIME_ is null", Long.class);
    long appAfter = jdbc.queryForObject(appTables, Long.class);
    report.add(String.format("    %d job runs in %.0f s: %,d instances removed (%.0f per s), %,d history rows in all"
        + " (%.0f per s); still due: %,d", runs, took, removedInstances, removedInstances / took, removedRows,
        removedRows / took, due - removedInstances));
    report.add(String.format("    within their time to live: %,d before, %,d after (%s); application tables: %,d rows"
        + " before, %,d after (%s)", keep, kept, keep == kept ? "all kept" : "SOME REMOVED", appBefore, appAfter,
        appBefore == appAfter ? "all kept" : "ROWS LOST"));
    if (keep != kept || appBefore != appAfter) {
      throw new AssertionError("history cleanup removed what it should have kept: " + report.get(report.size() - 1));
    }
  }

  private static long historyRows(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select (select count(*) from ACT_HI_PROCINST) + (select count(*) from ACT_HI_VARINST)"
        + " + (select count(*) from ACT_HI_TASKINST) + (select count(*) from ACT_HI_ACTINST)", Long.class);
  }
}
