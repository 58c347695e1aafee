package org.govmedia.workflow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load on one account's push endpoint: {@code benchmark.wechat.rate} pushes a second (200) for
 * {@code benchmark.wechat.seconds} (30), every tenth one repeated as WeChat retries. Prints the
 * answer times, how many were answered within 1 s, and how long the taking-in took; checks that
 * each message started exactly one reply. {@code ./mvnw verify -Pbenchmark -Dtest=WechatIntakeBenchmark}.
 */
@Tag("benchmark")
class WechatIntakeBenchmark extends WechatTestSupport {

  @Test
  void twoHundredPushesASecondForThirtySeconds() throws Exception {
    int rate = Integer.getInteger("benchmark.wechat.rate", 200);
    int seconds = Integer.getInteger("benchmark.wechat.seconds", 30);
    int total = rate * seconds;
    Config config = connectedAccount();
    // Blocking sends from a pool: the JDK client's sendAsync completes every answer on a new thread
    // when the common pool has one thread (two cores), which loaded the generator, not the server.
    ExecutorService senders = Executors.newFixedThreadPool(200);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
    String base = "http://127.0.0.1:" + port + "/channels/wechat/" + config.accountId() + "?";
    long firstMsgId = newMsgId();
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    // Answers over 1 s by the second of the run they were due in: a tail shows when it happened.
    Map<Long, Integer> slowBySecond = new ConcurrentSkipListMap<>();
    List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long periodMicros = 1_000_000L / rate;
    long started = System.nanoTime();
    ticker.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i >= total) {
        return;
      }
      // Every tenth push is a retry of the one before (the same MsgId).
      long msgId = firstMsgId + (i % 10 == 9 ? i - 1 : i);
      String xml = textXml("oLoad" + (i % 500), nowSeconds(), "压力测试留言 " + msgId, msgId);
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + signedQuery(config.token(), nowSeconds())))
          .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/xml")
          .POST(HttpRequest.BodyPublishers.ofString(xml)).build();
      // Timed from the moment the push is due, so a push queued in the generator counts as late.
      long t0 = System.nanoTime();
      sent.add(CompletableFuture.runAsync(() -> {
        try {
          HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200 || !"success".equals(response.body())) {
            failures.incrementAndGet();
          }
        } catch (Exception e) {
          failures.incrementAndGet();
        }
        long took = (System.nanoTime() - t0) / 1_000_000;
        millis.add(took);
        if (took >= 1000) {
          slowBySecond.merge((t0 - started) / 1_000_000_000L, 1, Integer::sum);
        }
      }, senders));
    }, 0, periodMicros, TimeUnit.MICROSECONDS);
    while (next.get() < total) {
      ticker.awaitTermination(100, TimeUnit.MILLISECONDS);
    }
    ticker.shutdown();
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    senders.shutdown();
    double sendSeconds = (System.nanoTime() - started) / 1e9;
    long drainStart = System.nanoTime();
    settleLong();
    double drainSeconds = (System.nanoTime() - drainStart) / 1e9;

    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    long underOneSecond = sorted.stream().filter(m -> m < 1000).count();
    int distinct = total - total / 10;
    long rows = inboundRows(config.accountId());
    long started2 = jdbc.sql("select count(*) from gm_wechat_inbound where account_id = :a and status = 'STARTED'")
        .param("a", config.accountId()).query(Long.class).single();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("message-reply").variableValueEquals(WechatReplies.ACCOUNT_VARIABLE,
            String.valueOf(config.accountId())).count();
    System.out.printf("%nWeChat intake benchmark: %d pushes (%d distinct messages) at %d/s over %.1f s%n",
        total, distinct, rate, sendSeconds);
    System.out.printf("  answer time ms: p50 %d, p95 %d, p99 %d, max %d; under 1 s: %d of %d; failed: %d%n",
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1), underOneSecond,
        total, failures.get());
    if (!slowBySecond.isEmpty()) {
      System.out.println("  answers over 1 s by second of the run: " + slowBySecond);
    }
    System.out.printf("  taken in: %d rows, %d started, %d message-reply instances; all started %.1f s after "
        + "the last push (%.0f starts/s overall)%n%n", rows, started2, instances, drainSeconds,
        instances / (sendSeconds + drainSeconds));
    // Each message taken in once (a push that failed was retried by nobody here: counted apart).
    assertThat(rows).isLessThanOrEqualTo(distinct);
    assertThat(rows).isGreaterThanOrEqualTo(distinct - failures.get());
    assertThat(instances).isEqualTo(rows);
  }

  private void settleLong() throws Exception {
    try {
      inbox.idle().get(8, TimeUnit.MINUTES);
    } catch (java.util.concurrent.TimeoutException notYet) {
      System.out.println("  (the taking-in had not finished after 8 minutes)");
    }
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
