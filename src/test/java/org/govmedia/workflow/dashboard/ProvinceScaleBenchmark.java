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
 * register (GET /api/accounts, first and a far page) and its export (?format=xlsx); the quarterly
 * report of the last quarter as a supervisor first opens it (JSON, its first page of lines); and
 * /api/overdue as a supervisor first opens it (JSON, its first page, with the count). Each must
 * answer 200 with its type, or the run fails. Once per step it also prints the first (uncached)
 * register export's time and one download each of the whole quarterly report and of every overdue
 * item as xlsx. Last, the history cleanup: the nightly job run for {@code benchmark.cleanupSeconds}
 * (default 120 s); it prints what it removed per second and checks that only history past its time
 * to live went, and that the application's tables kept every row.
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
  /** Fractions filled and timed ({@code -Dbenchmark.steps=1.0}); {@code -Dbenchmark.fillOnly} times none. */
  private static final boolean FILL_ONLY = Boolean.getBoolean("benchmark.fillOnly");
  private static final double[] STEPS = java.util.Arrays.stream(System.getProperty("benchmark.steps",
      "0.1,0.5,1.0").split(",")).mapToDouble(Double::parseDouble).toArray();
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
            // As in application.yaml: the test profile (active in every test JVM) reads them fresh.
            "--govmedia.dashboard.figures-max-age=PT1M",
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
        new ProvinceScaleFill(ACCOUNTS, REPLIES, OPEN_TASKS, UNITS).fill(jdbc, definition, before, step);
        jdbc.execute("analyze");
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        report.add(String.format("--- %.0f %% (scale %.2f): %,d accounts, %,d finished replies, %,d open tasks,"
            + " %d rounds; filled in %.0f s", step * 100, SCALE, (int) (ACCOUNTS * step), (int) (REPLIES * step),
            (int) (OPEN_TASKS * step), ROUNDS, fillSeconds));
        report.add("    rows: " + jdbc.queryForMap("select (select count(*) from ACT_HI_PROCINST) procinst,"
            + " (select count(*) from ACT_HI_VARINST) varinst, (select count(*) from ACT_HI_ACTINST) actinst,"
            + " (select count(*) from ACT_HI_TASKINST) taskinst, (select count(*) from ACT_RU_TASK) open_tasks,"
            + " (select count(*) from gm_supervision) supervisions"));
        try {
          time();
        } finally {
          report.subList(done, report.size()).forEach(System.out::println);
          done = report.size();
        }
        before = step;
      }
      if (!FILL_ONLY) {
        report.addAll(ProvinceScaleCleanup.run(jdbc));
      }
      report.subList(done, report.size()).forEach(System.out::println);
    } finally {
      if (!Boolean.getBoolean("benchmark.keep")) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "")) {
          admin.createStatement().execute("drop database if exists " + database + " with (force)");
        }
      }
    }
  }

  // --- timing -----------------------------------------------------------------------------------------

  private void time() throws Exception {
    if (FILL_ONLY) {
      return;
    }
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
    String quarterly = "/api/reports/quarters/" + quarter + "?ruleSet=gaoxian-2023";
    calls.put("quarterly report " + quarter + ", first page (JSON)", quarterly);
    calls.put("register export (GET /api/accounts?format=xlsx)", "/api/accounts?format=xlsx");
    calls.put("everything overdue, first page (GET /api/overdue, JSON)", "/api/overdue");
    List<String> wrong = new ArrayList<>();
    for (var call : calls.entrySet()) {
      long started = System.nanoTime();
      HttpResponse<byte[]> first = send(call.getValue());
      long firstMillis = (System.nanoTime() - started) / 1_000_000;
      String type = first.headers().firstValue("Content-Type").orElse("");
      String expected = call.getValue().contains("xlsx") ? "spreadsheetml" : call.getValue().contains("/list")
          ? "text/html" : "application/json";
      if (first.statusCode() != 200 || !type.contains(expected)) {
        wrong.add(call.getKey() + ": " + first.statusCode() + " " + type);
        report.add(String.format("    %-58s NOT MEASURED: answers %d %s", call.getKey(), first.statusCode(), type));
        continue;
      }
      String size = "";
      if (call.getValue().equals(quarterly)) {
        String body = new String(first.body(), StandardCharsets.UTF_8);
        size = " [" + body.replaceAll("(?s).*\"lineCount\":(\\d+).*", "$1") + " lines in all, "
            + body.replaceAll("(?s).*\"page\":(\\{[^}]*\\}).*", "$1") + "]";
      } else if (call.getValue().equals("/api/overdue")) {
        size = " [" + first.headers().firstValue("X-Total-Count").orElse("?") + " items in all]";
      } else if (call.getValue().contains("/api/accounts?format=xlsx")) {
        // The first call writes the file; the others may find it kept (RegisterExports).
        size = String.format(" [first, uncached: %,d ms, %,d bytes]", firstMillis, first.body().length);
      }
      report.add(String.format("    %-58s %s%s", call.getKey(), concurrently(call.getValue()), size));
    }
    // Every line as a file: informative, one request each (a supervisor downloads it once).
    download("quarterly report " + quarter + ", every line as xlsx", quarterly + "&format=xlsx", wrong);
    download("everything overdue, every item as xlsx", "/api/overdue?format=xlsx", wrong);
    if (!wrong.isEmpty()) {
      throw new AssertionError("not answered 200 with its type: " + wrong);
    }
  }

  private void download(String label, String path, List<String> wrong) throws Exception {
    long t = System.nanoTime();
    HttpResponse<byte[]> file = send(path);
    long millis = (System.nanoTime() - t) / 1_000_000;
    String type = file.headers().firstValue("Content-Type").orElse("");
    if (file.statusCode() != 200 || !type.contains("spreadsheetml")) {
      wrong.add(label + ": " + file.statusCode() + " " + type);
    }
    report.add(String.format("    %-58s %5d ms, one request (%d, %,d bytes)", label, millis, file.statusCode(),
        file.body().length));
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
            int status = send(path).statusCode();
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

  private HttpResponse<byte[]> send(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("supervisor1:supervisor1".getBytes()))
        .header("Accept", path.contains("/list") ? "text/html" : path.contains("xlsx") ? "*/*" : "application/json").GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
