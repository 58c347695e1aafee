package org.govmedia.workflow.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the cluster: a JVM running the packaged jar on a loopback port, its output in a log
 * file under the build directory (one file per start).
 */
final class Node {

  /** Job lock time of the nodes: a killed node's jobs go to another node after this. */
  static final int LOCK_TIME_MILLIS = 15_000;

  /** A job priority node a does not acquire (its job executor's priority range ends below it). */
  static final int KILL_TEST_PRIORITY = 1_000;

  final String name;
  final int port;
  private final Path jar;
  private final Path dir;
  /** JVM options before -jar (heap, exit on OutOfMemoryError, the loader path of a test hook). */
  private final List<String> jvmOptions;
  /** Arguments after the jar: profile, database, extra settings of this node. */
  private final List<String> arguments;
  /** The working directory: the default H2 database lives under ./data/ of it. */
  private final Path workingDirectory;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Path log;
  private int starts;

  private Node(String name, int port, Path jar, Path dir, Path workingDirectory,
      List<String> jvmOptions, List<String> arguments) {
    this.name = name;
    this.port = port;
    this.jar = jar;
    this.dir = dir;
    this.workingDirectory = workingDirectory;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.arguments = List.copyOf(arguments);
  }

  /** A node of the PostgreSQL cluster; {@code extra}: further settings of this node only. */
  static Node postgres(String name, int port, Path jar, Path dir, int databasePort, String database,
      String... extra) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/" + database,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        // Fail fast (then 503) rather than hold a request 30 s when the database is away.
        "--spring.datasource.hikari.connection-timeout=3000"));
    arguments.addAll(List.of(extra));
    return new Node(name, port, jar, dir, dir, List.of("-Xmx512m"), arguments);
  }

  /**
   * A node on the default profile, i.e. the embedded H2 file database of application.yaml
   * ({@code ./data/govmedia}, relative to {@code workingDirectory}), with the given JVM options.
   */
  static Node h2File(String name, int port, Path jar, Path dir, Path workingDirectory,
      List<String> jvmOptions, String... extra) {
    return new Node(name, port, jar, dir, workingDirectory, jvmOptions, List.of(extra));
  }

  /** The hostname the node writes into Camunda's job log (ACT_HI_JOB_LOG.HOSTNAME_). */
  String hostname() {
    return "node-" + name;
  }

  synchronized void start() throws IOException {
    if (alive()) {
      return;
    }
    starts++;
    log = dir.resolve("node-" + name + "-" + starts + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8"));
    if (jvmOptions.stream().anyMatch(option -> option.startsWith("-Dloader.path="))) {
      // The jar's classes plus the directories of loader.path (a test hook), Spring Boot's launcher.
      command.addAll(List.of("-cp", jar.toString(),
          "org.springframework.boot.loader.launch.PropertiesLauncher"));
    } else {
      command.addAll(List.of("-jar", jar.toString()));
    }
    command.addAll(List.of(
        "--server.port=" + port,
        "--server.address=127.0.0.1",
        "--govmedia.demo-data=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
        // An idle job executor looks for due jobs at least every 5 s (default: backs off to 60 s).
        "--camunda.bpm.job-execution.max-wait=5000",
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname(),
        "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(workingDirectory.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_")
        || key.startsWith("GOVMEDIA_") || key.startsWith("CAMUNDA_"));
    // The postgres profile's administrator "admin" (no "demo" there); password = user id, as the demo users.
    builder.environment().put("GOVMEDIA_ADMIN_PASSWORD", "admin");
    process = builder.start();
  }

  /** Waits until /actuator/health says UP; fails with the log's tail if the node died. */
  void awaitUp(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!alive()) {
        throw new AssertionError("node " + name + " exited with " + process.exitValue() + ":\n"
            + logTail(60));
      }
      if (healthy()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("node " + name + " not UP after " + timeout + ":\n" + logTail(60));
  }

  /** The status of an anonymous GET /actuator/health (200 UP, 503 DOWN), -1 without answer. */
  int healthStatus() {
    try {
      // Each database health check waits for the connection timeout (3 s): on a busy machine the
      // answer took more than 15 s once; the outage test asks for the status, not the speed.
      return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(40))
          .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  boolean healthy() {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no orderly close of connections or jobs. */
  synchronized void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("node " + name + " did not die");
    }
  }

  /** SIGTERM: Spring's orderly shutdown (the embedded database closed); waits for the exit. */
  synchronized void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("node " + name + " did not stop:\n" + logTail(40));
    }
  }

  /** Waits for the process to end by itself; its exit code, or -1 if it is still running. */
  int awaitExit(Duration timeout) throws InterruptedException {
    Process current;
    synchronized (this) {
      current = process;
    }
    return current != null && current.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? current.exitValue() : -1;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  Path log() {
    return log;
  }

  String logTail(int lines) {
    if (log == null || !Files.exists(log)) {
      return "(no log)";
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  String logText() throws IOException {
    return log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
  }
}
