package org.govmedia.workflow.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run of the README (not a test): N concurrent REST clients, each taking content items
 * through the whole review chain (start, draft, three reviews, the publication job on the server,
 * the post-publication check) for a fixed time against a running application. Prints throughput,
 * latency percentiles per request, errors by kind, and the server's largest heap in use.
 * Plain JDK, so {@code .ci/load-run} runs it from source: {@code java LoadRun.java <url> <clients> <seconds> <accountId> [attack]}.
 *
 * <p>With {@code attack}, the run has four phases of {@code seconds} each, the same ordinary work in
 * all: alone, then with attackers beside it, twice (bounded loops, loopback only): wrong passwords
 * for reviewer1 from another loopback address (127.0.0.2), a huge add-working-days, an engine query
 * with a huge maxResults, and a start with startInstructions. It prints per phase the ordinary
 * work's figures and per attack the answers it got; an attack answered 2xx is reported as NOT
 * refused.
 */
public final class LoadRun {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final String base;
  private final String accounts;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final AtomicLong items = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private volatile double maxHeapMb;
  /** Answers to the attacks: "attack -> HTTP status" -> count. */
  private final Map<String, AtomicLong> attackAnswers = new ConcurrentHashMap<>();
  private final List<Long> attackLatenciesMicros = Collections.synchronizedList(new ArrayList<>());

  private LoadRun(String base, String accounts) {
    this.base = base;
    this.accounts = accounts;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
    String accounts = args.length > 3 ? args[3] : "1";
    boolean attack = args.length > 4 && args[4].equals("attack");
    if (!attack) {
      new LoadRun(base, accounts).run("LOAD RUN", clients, seconds, false);
      return;
    }
    // Quiet and under attack in turn, twice: the machine's own drift shows between equal phases.
    for (int round = 1; round <= 2; round++) {
      new LoadRun(base, accounts).run("LOAD RUN " + round + " quiet", clients, seconds, false);
      new LoadRun(base, accounts).run("LOAD RUN " + round + " under attack", clients, seconds, true);
    }
  }

  private void run(String label, int clients, int seconds, boolean attack) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients + 5);
    pool.submit(() -> watchHeap(end));
    if (attack) {
      startAttacks(pool, end);
    }
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          try {
            oneItem(end);
          } catch (Exception e) {
            errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                .lines().findFirst().orElse(""), k -> new AtomicLong()).incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latenciesMicros);
    Collections.sort(sorted);
    System.out.printf("%s %d clients, %.0f s: %d items through the chain (%.1f items/s), %d requests (%.1f/s)%n",
        label, clients, elapsed, items.get(), items.get() / elapsed, requests.get(), requests.get() / elapsed);
    System.out.printf("%s latency per request: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        label, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
    System.out.printf("%s errors: %s%n", label, errors.isEmpty() ? "none" : errors);
    System.out.printf("%s server heap in use, largest sample: %.0f MB%n", label, maxHeapMb);
    if (attack) {
      List<Long> attackSorted = new ArrayList<>(attackLatenciesMicros);
      Collections.sort(attackSorted);
      System.out.printf("%s attacks answered: %s%n", label, new TreeMap<>(attackAnswers));
      System.out.printf("%s attack latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", label,
          pct(attackSorted, 50), pct(attackSorted, 99),
          attackSorted.isEmpty() ? 0 : attackSorted.get(attackSorted.size() - 1) / 1000.0);
      attackAnswers.keySet().stream().filter(key -> key.matches(".* 2\\d\\d$"))
          .forEach(key -> System.out.printf("%s NOT refused: %s%n", label, key));
    }
  }

  // ------------------------------------------------------------------ attacks

  /** The attackers: each a bounded loop, paced, until the phase ends. */
  private void startAttacks(ExecutorService pool, long end) {
    // Wrong passwords for a real user from one address (127.0.0.2: not the ordinary clients').
    pool.submit(() -> attackLoop(end, 20, () -> attack("wrong password (127.0.0.2)", () ->
        fromAddress("127.0.0.2", "/engine-rest/task?maxResults=1", "reviewer1", "guess" + System.nanoTime()))));
    // A huge add-working-days (bounded to 3,660 days: 400).
    pool.submit(() -> attackLoop(end, 500, () -> attack("add-working-days days=2147483647", () ->
        status("editor1", "GET", "/api/calendar/add-working-days?from=2025-09-26&days=2147483647", null))));
    // An engine query asking for everything (queryMaxResultsLimit: 400).
    pool.submit(() -> attackLoop(end, 500, () -> attack("task query maxResults=2147483647", () ->
        status("reviewer1", "GET", "/engine-rest/task?firstResult=0&maxResults=2147483647", null))));
    // A start midway, straight at the publication (only administrators may: 403).
    pool.submit(() -> attackLoop(end, 500, () -> attack("start with startInstructions", () ->
        status("editor1", "POST", "/engine-rest/process-definition/key/content-publication/start",
            "{\"businessKey\":\"ATTACK-" + UUID.randomUUID() + "\",\"variables\":{"
                + "\"title\":{\"value\":\"未经审核\"},\"body\":{\"value\":\"未经审核\"},"
                + "\"contentCategory\":{\"value\":\"ROUTINE\"},\"accountIds\":{\"value\":\"" + accounts + "\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"publish\"}],"
                + "\"skipCustomListeners\":true}"))));
  }

  interface Attempt {
    int send() throws Exception;
  }

  private static void attackLoop(long end, long pauseMillis, Runnable attempt) {
    // Bounded: at most one attempt per pause until the phase ends.
    for (long n = 0; System.nanoTime() < end && n < 100_000; n++) {
      attempt.run();
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void attack(String what, Attempt attempt) {
    long start = System.nanoTime();
    String outcome;
    try {
      outcome = Integer.toString(attempt.send());
    } catch (Exception e) {
      outcome = e.getClass().getSimpleName();
    }
    attackLatenciesMicros.add((System.nanoTime() - start) / 1000);
    attackAnswers.computeIfAbsent(what + " " + outcome, k -> new AtomicLong()).incrementAndGet();
  }

  private int status(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A GET with basic auth over a socket bound to a local address of its own (HttpClient cannot bind). */
  private int fromAddress(String local, String path, String user, String password) throws IOException {
    URI uri = URI.create(base);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
          .getBytes(StandardCharsets.UTF_8)) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(answer);
      String statusLine = answer.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  private void oneItem(long end) throws Exception {
    String key = "LOAD-" + UUID.randomUUID();
    String instance = match(call("editor1", "POST", "/engine-rest/process-definition/key/content-publication/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{"
            + "\"title\":{\"value\":\"关于秋季防火的通知\"},\"body\":{\"value\":\"各单位要做好秋季森林防火工作。\"},"
            + "\"contentCategory\":{\"value\":\"ROUTINE\"},\"accountIds\":{\"value\":\"" + accounts + "\"}}}", 200));
    // Clean: screened at its start, it goes straight to the first review.
    String approve = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}";
    // 初审 states its confidentiality check (保密审查, baicheng art. 6).
    complete("reviewer1", instance, approve.replace("}}}", "},\"secrecyChecked\":{\"value\":true}}}"));
    complete("reviewer2", instance, approve);
    complete("approver1", instance, approve);
    // The publication runs as a job on the server; the check appears when it is done.
    while (System.nanoTime() < end + TimeUnit.SECONDS.toNanos(60)) {
      String tasks = call("reviewer1", "GET", "/engine-rest/task?processInstanceId=" + instance + "&maxResults=10", null, 200);
      if (tasks.contains("post-publication-check")) {
        complete("reviewer1", instance, approve);
        items.incrementAndGet();
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("publication of " + key + " not done in time");
  }

  private void complete(String user, String instance, String body) throws Exception {
    String task = match(call(user, "GET", "/engine-rest/task?processInstanceId=" + instance + "&maxResults=10", null, 200));
    call(user, "POST", "/engine-rest/task/" + task + "/complete", body, 204);
  }

  private String call(String user, String method, String path, String body, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    latenciesMicros.add((System.nanoTime() - start) / 1000);
    requests.incrementAndGet();
    if (response.statusCode() != expected) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " " + method + " "
          + path.replaceAll("[0-9a-f-]{36}", "{id}") + ": " + response.body());
    }
    return response.body();
  }

  private void watchHeap(long end) {
    while (System.nanoTime() < end) {
      try {
        String metric = call("demo", "GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null, 200);
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(metric);
        if (value.find()) {
          maxHeapMb = Math.max(maxHeapMb, Double.parseDouble(value.group(1)) / (1024 * 1024));
        }
        Thread.sleep(1000);
      } catch (Exception e) {
        errors.computeIfAbsent("heap watch: " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
        return;
      }
    }
  }

  private static String match(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  private static double pct(List<Long> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
  }
}
