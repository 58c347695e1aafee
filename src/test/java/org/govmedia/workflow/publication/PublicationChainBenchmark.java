package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.govmedia.workflow.GovmediaApplication;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test: 1,000 routine items through the whole content-publication chain through
 * the Java API, against 1,000 through a bare BPMN with the same count of user tasks and no-op
 * service tasks, on H2 and on PostgreSQL in one run. Prints items per second and the ratio
 * (target: the chain at 0.8 of the bare engine or better). Run: ./mvnw verify -Pbenchmark
 * (PostgreSQL at 127.0.0.1:5432, user postgres; a fresh database is created and dropped).
 */
@Tag("benchmark")
class PublicationChainBenchmark {

  private static final int ITEMS = Integer.getInteger("benchmark.items", 1000);
  /** Items of each before measuring: the chain runs more code than the bare model (decision, FEEL,
   *  listeners, JDBC), which the JIT keeps compiling for the first thousand or so items. With 500,
   *  the first database measured (H2 file) came out 0.04 to 0.07 below the second (H2 in memory),
   *  which found that code compiled; with 1,500 both gave the same ratio. */
  private static final int WARM_UP = 1500;
  private static final int BLOCK = 10;
  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Test
  void chainAgainstBareEngine() throws Exception {
    // H2 as the application runs it (a file database, application.yaml), and in memory.
    java.nio.file.Path h2 = java.nio.file.Files.createTempDirectory("govmedia-bench-h2");
    System.out.println(measure("H2 (file)", "test",
        "jdbc:h2:file:" + h2.resolve("govmedia") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"));
    System.out.println(measure("H2 (in memory)", "test", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256"));
    if (Boolean.getBoolean("benchmark.h2only")) {
      return;
    }
    String database = "govmedia_bench_" + System.currentTimeMillis();
    try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
      admin.createStatement().execute("create database " + database);
    }
    try {
      System.out.println(measure("PostgreSQL", "postgres,test", PG + database));
    } finally {
      try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
        admin.createStatement().execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  private String measure(String label, String profiles, String url) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GovmediaApplication.class)
        .profiles(profiles.split(","))
        // The benchmark executes the publication job itself (the Java API): no job executor racing it.
        .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=WARN", "--logging.level.org.govmedia=WARN",
            "--logging.level.org.camunda.bpm.engine.impl=" + System.getProperty("benchmark.sqllog", "WARN"),
            "--logging.level.org.hibernate.SQL=" + System.getProperty("benchmark.sqllog", "WARN"))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().name("benchmark")
          .addClasspathResource("benchmark/bare-chain.bpmn").deploy();
      var grant = engine.getAuthorizationService().createNewAuthorization(
          org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("editors");
      grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
      grant.setResourceId("bare-chain");
      grant.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
      engine.getAuthorizationService().saveAuthorization(grant);
      var register = app.getBean(AccountRegister.class);
      String accounts = register.registerExisting(new AccountData("县人社局微信", AccountPlatform.WECHAT,
          AccountClass.OTHER, "县人社局", "gaoxian-2023", null, null, null), "benchmark").getId()
          + "," + register.registerExisting(new AccountData("县人社局微博", AccountPlatform.WEIBO,
          AccountClass.OTHER, "县人社局", "gaoxian-2023", null, null, null), "benchmark").getId();
      int warmUp = Integer.getInteger("benchmark.warmup", WARM_UP);
      run(engine, "bare-chain", accounts, warmUp);
      run(engine, "content-publication", accounts, warmUp);
      // Interleaved blocks, so that both meet the same database size (history grows as they run).
      double bareSeconds = 0;
      double chainSeconds = 0;
      long bareCpu = 0;
      long chainCpu = 0;
      List<Double> blockRatios = new java.util.ArrayList<>();
      for (int done = 0; done < ITEMS; done += BLOCK) {
        int block = Math.min(BLOCK, ITEMS - done);
        long cpu = CPU.getCurrentThreadCpuTime();
        double bareBlock = run(engine, "bare-chain", accounts, block);
        long between = CPU.getCurrentThreadCpuTime();
        double chainBlock = run(engine, "content-publication", accounts, block);
        bareCpu += between - cpu;
        chainCpu += CPU.getCurrentThreadCpuTime() - between;
        bareSeconds += block / bareBlock;
        chainSeconds += block / chainBlock;
        blockRatios.add(chainBlock / bareBlock);
      }
      double bare = ITEMS / bareSeconds;
      double chain = ITEMS / chainSeconds;
      // The spread of the blocks' ratios shows how much the machine itself varied during the run.
      blockRatios.sort(null);
      return String.format("BENCHMARK publication chain on %s: %d items, bare engine %.1f items/s, "
          + "content-publication %.1f items/s, ratio %.2f (target >= 0.80); blocks of %d: ratio min %.2f, "
          + "median %.2f, max %.2f; CPU time of the benchmark thread per item (with H2, the database's too): "
          + "bare %.1f ms, chain %.1f ms, ratio %.2f", label, ITEMS, bare, chain,
          chain / bare, BLOCK, blockRatios.get(0), blockRatios.get(blockRatios.size() / 2),
          blockRatios.get(blockRatios.size() - 1), bareCpu / 1e6 / ITEMS, chainCpu / 1e6 / ITEMS,
          (double) bareCpu / chainCpu);
    }
  }

  /** Items per second: start, five user tasks as their users, the publication job. */
  private static double run(ProcessEngine engine, String key, String accounts, int items) {
    var runtime = engine.getRuntimeService();
    long begin = System.nanoTime();
    for (int i = 0; i < items; i++) {
      String id = key + "-" + System.nanoTime();
      String instance = as(engine, "editor1", "editors", () -> runtime.startProcessInstanceByKey(key, id, Map.of(
          "title", "关于秋季防火的通知", "body", "各单位要做好秋季森林防火工作。本店限时抢购。",
          "contentCategory", "ROUTINE", "accountIds", accounts)).getId());
      complete(engine, instance, "editor1", "editors", Map.of());
      complete(engine, instance, "reviewer1", "first-reviewers",
          Map.of("approved", true, "comment", "", "secrecyChecked", true));
      complete(engine, instance, "reviewer2", "second-reviewers", Map.of("approved", true, "comment", ""));
      complete(engine, instance, "approver1", "final-approvers", Map.of("approved", true, "comment", ""));
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
      engine.getManagementService().executeJob(job.getId());
      complete(engine, instance, "reviewer1", "first-reviewers", Map.of("approved", true, "comment", ""));
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
    return items / ((System.nanoTime() - begin) / 1e9);
  }

  private static void complete(ProcessEngine engine, String instance, String user, String group, Map<String, Object> vars) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    as(engine, user, group, () -> {
      engine.getTaskService().complete(task, vars);
      return null;
    });
  }

  private static <T> T as(ProcessEngine engine, String user, String group, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
