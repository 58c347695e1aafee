package org.govmedia.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govmedia.workflow.cluster.Cluster.message;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL away for 30 s from node a (its {@link TcpProxy} cut; the machine's PostgreSQL keeps
 * running, and node b keeps its connection): node a answers 503, writes nothing, and serves again
 * by itself when the database is back.
 */
@Tag("cluster")
@Order(3)
@ExtendWith(ClusterExtension.class)
class DatabaseOutageIT {

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void databaseDownForThirtySecondsAnswers503WritesNothingAndRecoversByItself(Cluster cluster)
      throws Exception {
    Node a = cluster.a;
    cluster.ensureUp(a);
    cluster.ensureUp(cluster.b);
    cluster.expect(201, cluster.post(a, "/api/messages", "hotline1",
        message("outage-before", Cluster.now())), "start before the outage");

    Map<String, List<Integer>> statuses = new TreeMap<>();
    List<String> bodies = new ArrayList<>();
    List<Integer> onB = new ArrayList<>();
    long slowest = 0;
    int health = -1;
    cluster.proxy.cut();
    long cutAt = System.nanoTime();
    try {
      for (int i = 0; System.nanoTime() - cutAt < OUTAGE.toNanos(); i++) {
        String id = String.format("outage-%03d", i);
        String item = "outage-pub-" + i;
        long t0 = System.nanoTime();
        record(statuses, bodies, "POST /api/messages", () -> cluster.post(a, "/api/messages",
            "hotline1", message(id, Cluster.now())));
        record(statuses, bodies, "POST /engine-rest/.../start", () -> cluster.post(a,
            "/engine-rest/process-definition/key/content-publication/start", "editor1",
            Cluster.json(Map.of("businessKey", item, "variables", Map.of(
                "title", Map.of("value", "关于秋季防火的通知"),
                "body", Map.of("value", "各单位要做好秋季森林防火工作。"),
                "contentCategory", Map.of("value", "ROUTINE"))))));
        record(statuses, bodies, "GET /engine-rest/task", () -> cluster.get(a,
            "/engine-rest/task?maxResults=5", "admin"));
        slowest = Math.max(slowest, (System.nanoTime() - t0) / 3_000_000);
        if (i % 5 == 0) {
          onB.add(cluster.get(cluster.b, "/engine-rest/task?maxResults=1", "admin").status());
        }
        if (i == 3) {
          health = a.healthStatus();
        }
        Thread.sleep(200);
      }
    } finally {
      cluster.proxy.restore();
    }
    long restoredAt = System.nanoTime();
    Cluster.await("node a healthy again", Duration.ofSeconds(90), a::healthy);
    long recoveredMillis = (System.nanoTime() - restoredAt) / 1_000_000;
    cluster.expect(201, cluster.post(a, "/api/messages", "hotline1",
        message("outage-after", Cluster.now())), "start after the outage");
    cluster.expect(200, cluster.get(a, "/engine-rest/task?maxResults=5", "admin"), "tasks after");

    System.out.printf("[cluster] database cut from node a for %d s: answers %s; slowest %d ms;"
        + " health during: %d; node b meanwhile: %s; node a healthy %d ms after the database"
        + " returned%n", OUTAGE.toSeconds(), statuses, slowest, health, onB, recoveredMillis);
    statuses.forEach((request, answers) -> assertThat(answers).as(request + " during the outage")
        .hasSizeGreaterThanOrEqualTo(3).containsOnly(503));
    assertThat(bodies).allSatisfy(body -> assertThat(body).contains("database is unavailable"));
    assertThat(slowest).as("slowest answer (ms) during the outage").isLessThan(10_000);
    assertThat(health).as("/actuator/health during the outage").isEqualTo(503);
    assertThat(onB).as("node b during node a's outage").containsOnly(200);

    // Nothing of what was refused was written, not even in part.
    assertThat(cluster.count("select count(*) from gm_message where message_id like 'outage-%'"
        + " and message_id not in ('outage-before', 'outage-after')")).isZero();
    assertThat(cluster.count("select count(*) from act_hi_procinst where business_key_ like 'outage-%'"
        + " and business_key_ not in ('outage-before', 'outage-after')")).isZero();
    assertThat(cluster.count("select count(*) from gm_message where message_id in"
        + " ('outage-before', 'outage-after')")).isEqualTo(2);
  }

  interface Call {
    Cluster.Answer send() throws IOException, InterruptedException;
  }

  private static void record(Map<String, List<Integer>> statuses, List<String> bodies, String what,
      Call call) throws InterruptedException {
    int status;
    try {
      Cluster.Answer answer = call.send();
      status = answer.status();
      bodies.add(answer.body());
    } catch (IOException e) {
      status = -1;
    }
    statuses.computeIfAbsent(what, k -> new ArrayList<>()).add(status);
  }
}
