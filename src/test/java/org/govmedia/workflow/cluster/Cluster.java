package org.govmedia.workflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two nodes of the packaged application on one fresh PostgreSQL database, shared by the test
 * classes of the {@code cluster} profile (a node takes 30-80 s to start on two cores): node
 * {@code a} reaches PostgreSQL through a {@link TcpProxy} that a test can cut, node {@code b}
 * directly. Created on first use, both nodes started at the same moment; closed (nodes killed,
 * database dropped) when the test run ends.
 */
final class Cluster implements ExtensionContext.Store.CloseableResource {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String DB_HOST = "127.0.0.1";
  static final int DB_PORT = Integer.getInteger("cluster.db.port", 5432);
  /** A reception date whose reminder and reply deadline have long passed: both timers are due. */
  static final String LONG_AGO = "2025-09-26T10:00:00+08:00";

  final String database;
  final TcpProxy proxy;
  final Node a;
  final Node b;
  final Path dir;
  final long startupMillis;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();

  private Cluster() throws Exception {
    Path jar = Path.of(System.getProperty("cluster.jar",
        "target/govmedia-workflow-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no application jar at " + jar + " (run: mvnw verify -Pcluster)");
    }
    dir = Path.of(System.getProperty("cluster.dir", "target/cluster")).toAbsolutePath();
    Files.createDirectories(dir);
    database = "govmedia_cluster_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
    // An empty database: the nodes create the engine's tables themselves, one after the other.
    admin("create database " + database);
    proxy = new TcpProxy(DB_PORT);
    // Node a acquires jobs up to priority KILL_TEST_PRIORITY - 1 only: ClusterIT gives a batch that
    // priority to let node b alone hold its locks when b is killed (no race between the nodes).
    // The engine applies the range only when it acquires by priority.
    a = Node.postgres("a", freePort(), jar, dir, proxy.port(), database,
        "--camunda.bpm.generic-properties.properties.jobExecutorAcquireByPriority=true",
        "--camunda.bpm.generic-properties.properties.jobExecutorPriorityRangeMax="
            + (Node.KILL_TEST_PRIORITY - 1));
    b = Node.postgres("b", freePort(), jar, dir, DB_PORT, database);
    long start = System.nanoTime();
    try {
      // Both nodes at the same moment, on the same database.
      a.start();
      b.start();
      a.awaitUp(Duration.ofMinutes(4));
      b.awaitUp(Duration.ofMinutes(2));
    } catch (Throwable e) {
      close();
      throw e;
    }
    startupMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("[cluster] database %s, node a :%d (via proxy :%d), node b :%d, both UP after %d ms%n",
        database, a.port, proxy.port(), b.port, startupMillis);
  }

  static Cluster get(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.create(Cluster.class))
        .getOrComputeIfAbsent("cluster", key -> {
          try {
            return new Cluster();
          } catch (RuntimeException | Error e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, Cluster.class);
  }

  @Override
  public void close() {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        try {
          node.kill();
        } catch (Throwable e) {
          System.err.println("[cluster] could not kill node " + node.name + ": " + e);
        }
      }
    }
    try {
      if (proxy != null) {
        proxy.close();
      }
    } catch (IOException e) {
      // nothing to do
    }
    try {
      admin("drop database if exists " + database + " with (force)");
    } catch (SQLException e) {
      System.err.println("[cluster] could not drop " + database + ": " + e);
    }
  }

  /** Starts a node that is down and waits until it is UP; returns the milliseconds it took. */
  long ensureUp(Node node) throws Exception {
    long start = System.nanoTime();
    if (!node.alive()) {
      node.start();
    }
    node.awaitUp(Duration.ofMinutes(3));
    return (System.nanoTime() - start) / 1_000_000;
  }

  String logTails() {
    StringBuilder text = new StringBuilder();
    for (Node node : new Node[] {a, b}) {
      text.append("\n----- node ").append(node.name).append(" (").append(node.log()).append(") -----\n")
          .append(node.logTail(80));
    }
    return text.toString();
  }

  // ------------------------------------------------------------------ HTTP

  record Answer(int status, String body) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  Answer get(Node node, String path, String user) throws IOException, InterruptedException {
    return send(node, path, user, "GET", null);
  }

  Answer post(Node node, String path, String user, String json) throws IOException, InterruptedException {
    return send(node, path, user, "POST", json);
  }

  Answer put(Node node, String path, String user, String json) throws IOException, InterruptedException {
    return send(node, path, user, "PUT", json);
  }

  /** One request; an IOException means no answer (connection refused or dropped). */
  Answer send(Node node, String path, String user, String method, String json)
      throws IOException, InterruptedException {
    return send(http, node, path, user, method, json);
  }

  /** One request of a demo user (password = user id) with the given client. */
  static Answer send(HttpClient http, Node node, String path, String user, String method, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  Answer expect(int status, Answer answer, String what) {
    if (answer.status() != status) {
      throw new AssertionError(what + ": expected " + status + " but got " + answer.status() + ": "
          + answer.body());
    }
    return answer;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A citizen message for POST /api/messages. */
  static String message(String messageId, String receivedAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageId", messageId);
    body.put("platform", "WECHAT");
    body.put("receivedAt", receivedAt);
    body.put("content", "请问社保卡丢失后怎么补办？");
    return json(body);
  }

  static String now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Camunda REST variables: {"variables": {name: {"value": v}}}. */
  static String variables(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
    }
    return json(Map.of("variables", variables));
  }

  /** The one open task of an instance (as admin, who sees all), or null. */
  String taskOf(Node node, String processInstanceId, String taskKey) throws Exception {
    Answer tasks = expect(200, get(node, "/engine-rest/task?maxResults=100&processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey, "admin"), "task query");
    JsonNode list = tasks.json();
    return list.isEmpty() ? null : list.get(0).get("id").asText();
  }

  /** Suspends or activates every job (definition) of a process, the existing jobs included. */
  void suspendJobs(Node node, String processKey, boolean suspended) throws Exception {
    expect(204, put(node, "/engine-rest/job-definition/suspended", "admin", json(Map.of(
        "processDefinitionKey", processKey, "suspended", suspended, "includeJobs", true))),
        (suspended ? "suspend" : "activate") + " jobs of " + processKey);
  }

  /** Runs tasks on a few threads (REST clients) and returns their results in order. */
  static <T> List<T> parallel(int threads, List<java.util.concurrent.Callable<T>> tasks)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ JDBC (directly, not through the proxy)

  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/"
        + (database == null ? "postgres" : database), "postgres", "");
  }

  private void admin(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(
        "jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= columns; c++) {
            row.put(result.getMetaData().getColumnLabel(c).toLowerCase(), result.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql, Object... parameters) {
    Object value = rows(sql, parameters).get(0).values().iterator().next();
    return ((Number) value).longValue();
  }

  // ------------------------------------------------------------------ waiting

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
      }
      Thread.sleep(500);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
