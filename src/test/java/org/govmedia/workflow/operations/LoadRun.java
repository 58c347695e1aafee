package org.govmedia.workflow.operations;

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
 * Plain JDK, so {@code .ci/load-run} runs it from source: {@code java LoadRun.java <url> <clients> <seconds> <accountId>}.
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

  private LoadRun(String base, String accounts) {
    this.base = base;
    this.accounts = accounts;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
    String accounts = args.length > 3 ? args[3] : "1";
    new LoadRun(base, accounts).run(clients, seconds);
  }

  private void run(int clients, int seconds) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    pool.submit(() -> watchHeap(end));
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
    System.out.printf("LOAD RUN %d clients, %.0f s: %d items through the chain (%.1f items/s), %d requests (%.1f/s)%n",
        clients, elapsed, items.get(), items.get() / elapsed, requests.get(), requests.get() / elapsed);
    System.out.printf("LOAD RUN latency per request: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
    System.out.printf("LOAD RUN errors: %s%n", errors.isEmpty() ? "none" : errors);
    System.out.printf("LOAD RUN server heap in use, largest sample: %.0f MB%n", maxHeapMb);
  }

  private void oneItem(long end) throws Exception {
    String key = "LOAD-" + UUID.randomUUID();
    String instance = match(call("editor1", "POST", "/engine-rest/process-definition/key/content-publication/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{"
            + "\"title\":{\"value\":\"关于秋季防火的通知\"},\"body\":{\"value\":\"各单位要做好秋季森林防火工作。\"},"
            + "\"contentCategory\":{\"value\":\"ROUTINE\"},\"accountIds\":{\"value\":\"" + accounts + "\"}}}", 200));
    complete("editor1", instance, "{}");
    String approve = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}";
    complete("reviewer1", instance, approve);
    complete("reviewer2", instance, approve);
    complete("approver1", instance, approve);
    // The publication runs as a job on the server; the check appears when it is done.
    while (System.nanoTime() < end + TimeUnit.SECONDS.toNanos(60)) {
      String tasks = call("reviewer1", "GET", "/engine-rest/task?maxResults=100&processInstanceId=" + instance, null, 200);
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
    String task = match(call(user, "GET", "/engine-rest/task?maxResults=100&processInstanceId=" + instance, null, 200));
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
