package org.govmedia.workflow.supervision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.govmedia.workflow.GovmediaApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Benchmark, not a test: an inspection round's automated checks ({@link SupervisionChecks}) over
 * 1,000 and 10,000 accounts, each with a year of posts (about two a week, some silent for the last
 * weeks), on H2 and on PostgreSQL in one run. Prints accounts per second per size and database
 * (target: 10,000 accounts in 60 s or less, cost linear in the accounts). Run:
 * mvn -Pbenchmark test -Dtest=InspectionChecksBenchmark (PostgreSQL at 127.0.0.1:5432, user
 * postgres; a fresh database is created and dropped). -Dbenchmark.h2only=true skips PostgreSQL.
 */
@Tag("benchmark")
class InspectionChecksBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final int[] SIZES = {1000, 10000};
  private static final LocalDate CHECK_DAY = LocalDate.parse("2025-11-10");
  private static final String[][] KINDS = {{"gaoxian-2023", "MAIN"}, {"gaoxian-2023", "OTHER"},
      {"henan-2019", "TWO_MICRO_ONE_APP"}, {"henan-2019", "OTHER"}, {"baicheng-2021", "OTHER"},
      {"yakeshi", "OTHER"}};

  @Test
  void checksPerSecond() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.addAll(measure("H2", "test", "jdbc:h2:mem:checksbench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256"));
    if (!Boolean.getBoolean("benchmark.h2only")) {
      String database = "govmedia_checks_" + System.currentTimeMillis();
      try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
        admin.createStatement().execute("create database " + database);
      }
      try {
        lines.addAll(measure("PostgreSQL", "postgres,test", PG + database + "?reWriteBatchedInserts=true"));
      } finally {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
          admin.createStatement().execute("drop database if exists " + database + " with (force)");
        }
      }
    }
    lines.forEach(System.out::println);
  }

  private List<String> measure(String label, String profiles, String url) throws Exception {
    List<String> out = new ArrayList<>();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GovmediaApplication.class)
        .profiles(profiles.split(","))
        .run("--spring.datasource.url=" + url, "--server.port=0", "--logging.level.root=WARN",
            "--logging.level.org.govmedia=WARN")) {
      SupervisionChecks checks = app.getBean(SupervisionChecks.class);
      DataSource dataSource = app.getBean(DataSource.class);
      NamedParameterJdbcTemplate jdbc = app.getBean(NamedParameterJdbcTemplate.class);
      // Warm-up: a small set, not measured.
      insert(dataSource, "warm-up", 200);
      run(checks, jdbc, subjects(jdbc, "warm-up"));
      for (int size : SIZES) {
        long loadStart = System.nanoTime();
        int posts = 0;
        String unit = "bench-" + size;
        posts = insert(dataSource, unit, size);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<SupervisionChecks.Subject> subjects = subjects(jdbc, unit);
        long begin = System.nanoTime();
        int problems = run(checks, jdbc, subjects);
        double seconds = (System.nanoTime() - begin) / 1e9;
        out.add(String.format("BENCHMARK inspection checks on %s: %,d accounts (%,d posts, loaded in %.1f s): "
            + "checks in %.2f s = %.0f accounts/s, %.3f ms per account, %,d with findings (target 10,000 in <= 60 s)",
            label, size, posts, loadSeconds, seconds, size / seconds, seconds * 1000 / size, problems));
      }
    }
    return out;
  }

  /** The round's checks: all accounts set-wise, and each result as JSON (as the round stores it). */
  private static int run(SupervisionChecks checks, NamedParameterJdbcTemplate jdbc,
      List<SupervisionChecks.Subject> subjects) {
    Map<Long, SupervisionChecks.Result> results = checks.check(subjects, CHECK_DAY);
    int problems = 0;
    for (SupervisionChecks.Result result : results.values()) {
      checks.toJson(result);
      result.text();
      problems += result.problem() ? 1 : 0;
    }
    if (results.size() != subjects.size()) {
      throw new IllegalStateException("checked " + results.size() + " of " + subjects.size());
    }
    return problems;
  }

  private static List<SupervisionChecks.Subject> subjects(NamedParameterJdbcTemplate jdbc, String unit) {
    return jdbc.query("select id, rule_set, account_class, unfiled from gm_account where owner_unit = :unit",
        Map.of("unit", unit), (rs, n) -> new SupervisionChecks.Subject(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getBoolean(4)));
  }

  /** size accounts of the unit, each with a year of posts before the check day; returns the posts. */
  private static int insert(DataSource dataSource, String unit, int size) throws Exception {
    Random random = new Random(size);
    Timestamp now = new Timestamp(System.currentTimeMillis());
    int posts = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<Long> ids = new ArrayList<>(size);
      try (PreparedStatement account = c.prepareStatement("""
          insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,
            created_at, updated_at) values (?, 'WECHAT', ?, ?, ?, 'ACTIVE', ?, ?, ?)""",
          new String[] {"id"})) {
        for (int i = 0; i < size; i++) {
          String[] kind = KINDS[i % KINDS.length];
          account.setString(1, unit + "-账号-" + i);
          account.setString(2, kind[1]);
          account.setString(3, unit);
          account.setString(4, kind[0]);
          account.setBoolean(5, i % 97 == 0);
          account.setTimestamp(6, now);
          account.setTimestamp(7, now);
          account.addBatch();
          if (i % 1000 == 999 || i == size - 1) {
            account.executeBatch();
            try (var keys = account.getGeneratedKeys()) {
              while (keys.next()) {
                ids.add(keys.getLong(1));
              }
            }
          }
        }
      }
      try (PreparedStatement post = c.prepareStatement("""
          insert into gm_account_post (account_id, post_date, original, title, created_at)
          values (?, ?, ?, ?, ?)""")) {
        int batch = 0;
        for (int i = 0; i < ids.size(); i++) {
          String id = Long.toString(ids.get(i));
          // One account in ten fell silent in the last three weeks; the others post about twice a week.
          int silentDays = i % 10 == 0 ? 21 : 0;
          for (int d = 365; d > silentDays; d--) {
            if (random.nextInt(7) < 2) {
              post.setString(1, id);
              post.setDate(2, Date.valueOf(CHECK_DAY.minusDays(d)));
              post.setBoolean(3, random.nextInt(3) == 0);
              post.setString(4, "政务信息");
              post.setTimestamp(5, now);
              post.addBatch();
              posts++;
              if (++batch == 5000) {
                post.executeBatch();
                batch = 0;
              }
            }
          }
        }
        post.executeBatch();
      }
      c.commit();
    }
    return posts;
  }
}
