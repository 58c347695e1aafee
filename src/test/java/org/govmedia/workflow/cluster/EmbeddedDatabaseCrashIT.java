package org.govmedia.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govmedia.workflow.cluster.Cluster.message;
import static org.govmedia.workflow.cluster.Cluster.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.govmedia.crashtest.HeapExhaustionHook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 file database of the default profile (application.yaml, {@code ./data/govmedia}
 * under the node's working directory) through crashes of the packaged jar during a burst of writes:
 * a SIGKILL, then an OutOfMemoryError with {@code -XX:+ExitOnOutOfMemoryError} and a small heap.
 * After each crash the application starts again on the same file, and at the end every request
 * that was answered 2xx is in the database, whole, and every record of every table reads back.
 * Part of the {@code cluster} profile; needs no PostgreSQL (alone:
 * {@code ./mvnw verify -Pcluster -Dit.test=EmbeddedDatabaseCrashIT}).
 */
@Tag("cluster")
@Order(0)
class EmbeddedDatabaseCrashIT {

  /** Answers per round before the crash. */
  private static final int ANSWERS_BEFORE_CRASH = 60;
  private static final int CLIENTS = 4;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  // What the clients saw over all rounds.
  private final Map<String, String> started = new ConcurrentHashMap<>();
  private final Set<String> startUnanswered = ConcurrentHashMap.newKeySet();
  private final Map<String, String> triaged = new ConcurrentHashMap<>();
  private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();

  @Test
  void sigkillAndOutOfMemoryDuringWritesLeaveTheH2FileWholeWithEveryAnsweredRequest()
      throws Exception {
    Path jar = Path.of(System.getProperty("cluster.jar",
        "target/govmedia-workflow-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    Path dir = Path.of(System.getProperty("cluster.dir", "target/cluster")).toAbsolutePath()
        .resolve("h2-crash-" + System.currentTimeMillis());
    Path work = Files.createDirectories(dir.resolve("work"));
    int port = freePort();
    Node plain = Node.h2File("h2", port, jar, dir, work, List.of("-Xmx512m",
        "-XX:+ExitOnOutOfMemoryError"));
    Path trigger = dir.resolve("oom-now");
    Node smallHeap = Node.h2File("h2-small-heap", port, jar, dir, work, List.of("-Xmx192m",
        "-XX:+ExitOnOutOfMemoryError", "-Dloader.path=" + hookDirectory(dir),
        "-Dcrash.oom.trigger=" + trigger));

    List<String> results = new ArrayList<>();
    long restartMillis;
    try {
      for (String crash : List.of("SIGKILL", "OOM")) {
        Node node = crash.equals("OOM") ? smallHeap : plain;
        long start = System.nanoTime();
        node.start();
        node.awaitUp(Duration.ofMinutes(4));
        long upMillis = (System.nanoTime() - start) / 1_000_000;
        int before = started.size();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicInteger answers = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
          // Bounded: each client stops at the crash (its first request without answer) or after
          // 100 messages.
          clients.submit(() -> {
            for (int i = 0; i < 100 && !crashed.get() && startAndTriage(node, answers); i++) {
              // next message
            }
          });
        }
        Cluster.await(ANSWERS_BEFORE_CRASH + " answers (" + crash + " round)", Duration.ofMinutes(5),
            () -> answers.get() >= ANSWERS_BEFORE_CRASH);
        String outcome;
        if (crash.equals("SIGKILL")) {
          crashed.set(true);
          node.kill();
          outcome = "killed";
        } else {
          Files.writeString(trigger, "now");
          int exit = node.awaitExit(Duration.ofSeconds(90));
          assertThat(exit).as("exit code of the JVM after the OutOfMemoryError (log: %s)", node.log())
              .isEqualTo(3);
          assertThat(node.logText()).contains("Terminating due to java.lang.OutOfMemoryError");
          Files.delete(trigger);
          outcome = "exited with 3 on OutOfMemoryError";
        }
        crashed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients finished").isTrue();
        results.add(String.format("%s after %d answers: up in %d ms, %d starts answered, %s",
            crash, answers.get(), upMillis, started.size() - before, outcome));
      }

      // The database opens again: the application starts on it and takes a new message.
      long start = System.nanoTime();
      plain.start();
      plain.awaitUp(Duration.ofMinutes(4));
      restartMillis = (System.nanoTime() - start) / 1_000_000;
      Cluster.Answer after = send(plain, "/api/messages", "hotline1", "POST",
          message("h2-after-crashes", Cluster.now()));
      assertThat(after.status()).as("start after the crashes: " + after.body()).isEqualTo(201);
      plain.stop();
    } finally {
      // A failed round leaves no JVM behind.
      plain.kill();
      smallHeap.kill();
    }

    results.forEach(line -> System.out.println("[h2-crash] " + line));
    System.out.printf("[h2-crash] restarted in %d ms; starts answered %d (unanswered %d), triage"
        + " completions answered %d; other answers: %s%n", restartMillis, started.size(),
        startUnanswered.size(), triaged.size(), unexpected);
    assertThat(unexpected).as("answers other than 2xx").isEmpty();
    assertThat(started).hasSizeGreaterThanOrEqualTo(ANSWERS_BEFORE_CRASH);

    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/govmedia"),
        "sa", "")) {
      // 1. Every answered start: the message and its process instance.
      List<String> lostStarts = new ArrayList<>();
      for (Map.Entry<String, String> entry : started.entrySet()) {
        if (count(db, "select count(*) from gm_message where message_id = ? and"
            + " process_instance_id = ?", entry.getKey(), entry.getValue()) != 1
            || count(db, "select count(*) from act_hi_procinst where id_ = ? and business_key_ = ?",
            entry.getValue(), entry.getKey()) != 1) {
          lostStarts.add(entry.getKey());
        }
      }
      // 2. Every answered triage is completed, the next task open.
      List<String> lostTriages = new ArrayList<>();
      for (Map.Entry<String, String> entry : triaged.entrySet()) {
        if (count(db, "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is"
            + " not null", entry.getValue()) != 1
            || count(db, "select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
            + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'draft-reply'",
            entry.getKey()) != 1) {
          lostTriages.add(entry.getKey());
        }
      }
      System.out.printf("[h2-crash] answered but not in the file: %d of %d starts, %d of %d triage"
          + " completions%n", lostStarts.size(), started.size(), lostTriages.size(), triaged.size());
      assertThat(lostStarts).as("answered starts not in the file").isEmpty();
      assertThat(lostTriages).as("answered triage completions not in the file").isEmpty();
      // 3. Every message in the file, answered or not, is whole: with its instance, at one step.
      assertThat(count(db, "select count(*) from gm_message m where message_id like 'h2-%' and not"
          + " exists (select 1 from act_ru_execution e where e.id_ = m.process_instance_id)"))
          .as("messages without their instance").isZero();
      assertThat(count(db, "select count(*) from act_ru_execution e where e.parent_id_ is null and"
          + " e.business_key_ like 'h2-%' and not exists (select 1 from gm_message m where"
          + " m.process_instance_id = e.id_)")).as("instances without their message").isZero();
      assertThat(count(db, "select count(*) from (select e.proc_inst_id_ from act_ru_task t join"
          + " act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ like 'h2-%'"
          + " group by e.proc_inst_id_ having count(*) <> 1)")).as("instances not at one step")
          .isZero();
      // 4. Every record of every table reads back (a damaged page fails here).
      try (Statement statement = db.createStatement()) {
        statement.execute("script nodata to '" + dir.resolve("schema.sql") + "'");
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select table_name from"
            + " information_schema.tables where table_schema = 'PUBLIC'")) {
          while (rows.next()) {
            tables.add(rows.getString(1));
          }
        }
        long records = 0;
        for (String table : tables) {
          try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
              for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
              }
              records++;
            }
          }
        }
        System.out.printf("[h2-crash] %d tables, %d records read back; file %d KB%n", tables.size(),
            records, Files.size(work.resolve("data/govmedia.mv.db")) / 1024);
      }
    }
  }

  // ------------------------------------------------------------------

  /** One message and its triage; false when the process has died. */
  private boolean startAndTriage(Node node, AtomicInteger answers) {
    String id = "h2-" + sequence.incrementAndGet();
    Cluster.Answer start;
    try {
      start = send(node, "/api/messages", "hotline1", "POST", message(id, Cluster.now()));
    } catch (IOException | InterruptedException e) {
      startUnanswered.add(id);
      return node.alive(); // a slow answer (30 s) on a busy machine is no reason to stop
    }
    if (!answered(start, "start " + id, answers)) {
      return true;
    }
    String pid = start.json().get("processInstanceId").asText();
    started.put(id, pid);
    try {
      JsonNode tasks = send(node, "/engine-rest/task?maxResults=10&processInstanceId=" + pid
          + "&taskDefinitionKey=triage", "hotline1", "GET", null).json();
      if (tasks.isEmpty()) {
        unexpected.add("no triage task for " + id);
        return true;
      }
      String task = tasks.get(0).get("id").asText();
      Cluster.Answer complete = send(node, "/engine-rest/task/" + task + "/complete", "hotline1",
          "POST", variables("classification", "CONSULTATION", "department", "社保科",
              "majorOpinion", false));
      if (answered(complete, "triage " + id, answers)) {
        triaged.put(id, task);
      }
    } catch (IOException | InterruptedException e) {
      return node.alive(); // no answer: the process died under the request, or was slow
    }
    return true;
  }

  private boolean answered(Cluster.Answer answer, String what, AtomicInteger answers) {
    if (answer.ok()) {
      answers.incrementAndGet();
      return true;
    }
    unexpected.add(what + ": " + answer.status() + " " + answer.body());
    return false;
  }

  private Cluster.Answer send(Node node, String path, String user, String method, String json)
      throws IOException, InterruptedException {
    return Cluster.send(http, node, path, user, method, json);
  }

  /**
   * The test-only heap exhaustion (HeapExhaustionHook) as a directory for Spring Boot's
   * loader.path: the compiled class and an auto-configuration entry naming it. Only the crash
   * test's own JVM gets it; the application jar does not contain it.
   */
  private static Path hookDirectory(Path dir) throws IOException, java.net.URISyntaxException {
    Path hook = dir.resolve("oom-hook");
    Path classes = Path.of(HeapExhaustionHook.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    String classFile = HeapExhaustionHook.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(hook.resolve(classFile).getParent());
    Files.copy(classes.resolve(classFile), hook.resolve(classFile));
    Path imports = hook.resolve(
        "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
    Files.createDirectories(imports.getParent());
    Files.writeString(imports, HeapExhaustionHook.class.getName() + "\n");
    return hook;
  }

  private static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
