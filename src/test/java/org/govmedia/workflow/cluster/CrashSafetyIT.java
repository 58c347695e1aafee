package org.govmedia.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govmedia.workflow.cluster.Cluster.message;
import static org.govmedia.workflow.cluster.Cluster.variables;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SIGKILL of a node during a burst of 500 REST starts and task completions; the node is restarted.
 * Every request answered 2xx is in the database, every process instance is where its last committed
 * step left it, nothing is doubled in the outbox.
 */
@Tag("cluster")
@Order(2)
@ExtendWith(ClusterExtension.class)
class CrashSafetyIT {

  private static final int ITEMS = 20;
  private static final int MESSAGES = 240;
  private static final int KILL_AFTER_ANSWERS = 200;

  private Cluster cluster;

  // What the clients saw: answered 2xx, or no answer at all (the node died under the request).
  private final Map<String, String> started = new ConcurrentHashMap<>();
  private final Set<String> startUnanswered = ConcurrentHashMap.newKeySet();
  private final Map<String, String> triaged = new ConcurrentHashMap<>();
  private final Map<String, String> triageUnanswered = new ConcurrentHashMap<>();
  private final Set<String> signed = ConcurrentHashMap.newKeySet();
  private final Set<String> signUnanswered = ConcurrentHashMap.newKeySet();
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicBoolean killed = new AtomicBoolean();

  @Test
  void aNodeKilledDuringABurstLosesNoAnsweredRequestAndDoublesNothing(Cluster shared)
      throws Exception {
    cluster = shared;
    cluster.ensureUp(cluster.a);
    cluster.ensureUp(cluster.b);

    // Publication items waiting for the final sign-off, prepared through node a.
    String accounts = account("微信") + "," + account("微博");
    Map<String, String> finalTasks = new ConcurrentHashMap<>();
    List<Callable<Void>> preparations = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      String item = String.format("crash-pub-%03d", i);
      preparations.add(() -> {
        // The item's business key is made by the application: the one the start answers.
        Map.Entry<String, String> prepared = toFinalReview(item, accounts);
        finalTasks.put(prepared.getKey(), prepared.getValue());
        return null;
      });
    }
    Cluster.parallel(4, preparations);

    // The burst on node b: per message a start and its triage; now and then a final sign-off.
    ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
    List<String> items = new ArrayList<>(finalTasks.keySet());
    for (int i = 0; i < MESSAGES; i++) {
      String id = String.format("crash-msg-%03d", i);
      work.add(() -> startAndTriage(id));
      if (i % 12 == 11 && !items.isEmpty()) {
        String item = items.remove(0);
        work.add(() -> signFinal(item, finalTasks.get(item)));
      }
    }
    items.forEach(item -> work.add(() -> signFinal(item, finalTasks.get(item))));

    ExecutorService clients = Executors.newFixedThreadPool(6);
    for (int t = 0; t < 6; t++) {
      clients.submit(() -> {
        for (Runnable next; !killed.get() && (next = work.poll()) != null; ) {
          next.run();
        }
      });
    }
    Cluster.await(KILL_AFTER_ANSWERS + " answers", Duration.ofSeconds(180),
        () -> answered.get() >= KILL_AFTER_ANSWERS);
    killed.set(true);
    cluster.b.kill();
    int answeredAtKill = answered.get();
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients finished").isTrue();
    long restartMillis = cluster.ensureUp(cluster.b);

    // Publication jobs node b held go to node a after the lock time; wait for every one. The items'
    // keys are the application's (CP-...), the ones their starts answered.
    String itemMarks = String.join(",", java.util.Collections.nCopies(finalTasks.size(), "?"));
    Object[] itemKeys = finalTasks.keySet().toArray();
    assertThat(itemKeys).as("items prepared").hasSize(ITEMS);
    Cluster.await("publication jobs done", Duration.ofSeconds(120), () -> cluster.count(
        "select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
            + " where e.business_key_ in (" + itemMarks + ")", itemKeys) == 0);

    System.out.printf("[cluster] burst on node b killed after %d answers: starts %d answered / %d"
        + " unanswered, triage %d / %d, final sign-off %d / %d; node b restarted in %d ms%n",
        answeredAtKill, started.size(), startUnanswered.size(), triaged.size(),
        triageUnanswered.size(), signed.size(), signUnanswered.size(), restartMillis);
    assertThat(unexpected).as("answers other than 2xx").isEmpty();

    // 1. Every answered start is in the database, with its process instance.
    started.forEach((id, pid) -> {
      assertThat(cluster.count("select count(*) from gm_message where message_id = ?"
          + " and process_instance_id = ?", id, pid)).as("message %s", id).isEqualTo(1);
      assertThat(cluster.count("select count(*) from act_hi_procinst where id_ = ?"
          + " and business_key_ = ?", pid, id)).as("instance of %s", id).isEqualTo(1);
    });
    // 2. Every answered completion is done: the triage closed, the draft open.
    triaged.forEach((id, task) -> {
      assertThat(cluster.count("select count(*) from act_hi_taskinst where id_ = ? and end_time_"
          + " is not null", task)).as("triage of %s completed", id).isEqualTo(1);
      assertThat(openTasks(id)).as("tasks of %s", id).containsExactly("draft-reply");
    });
    // 3. Every message in the database, answered or not: whole, and at exactly one step.
    assertThat(cluster.rows("select message_id from gm_message m where message_id like 'crash-msg-%'"
        + " and not exists (select 1 from act_ru_execution e where e.id_ = m.process_instance_id)"))
        .as("messages without their instance").isEmpty();
    assertThat(cluster.rows("select business_key_ from act_hi_procinst p where business_key_ like"
        + " 'crash-msg-%' and not exists (select 1 from gm_message m where m.process_instance_id ="
        + " p.id_)")).as("instances without their message").isEmpty();
    assertThat(cluster.rows("select business_key_ from act_hi_procinst where business_key_ like"
        + " 'crash-msg-%' group by business_key_ having count(*) > 1")).as("started twice").isEmpty();
    for (Map<String, Object> row : cluster.rows("select message_id from gm_message"
        + " where message_id like 'crash-msg-%'")) {
      String id = (String) row.get("message_id");
      List<String> open = openTasks(id);
      assertThat(open).as("tasks of %s", id).hasSize(1);
      boolean triageDone = cluster.count("select count(*) from act_hi_taskinst t join"
          + " act_hi_procinst p on p.id_ = t.proc_inst_id_ where p.business_key_ = ? and"
          + " t.task_def_key_ = 'triage' and t.end_time_ is not null", id) == 1;
      assertThat(open.get(0)).as("step of %s", id).isEqualTo(triageDone ? "draft-reply" : "triage");
    }
    for (String id : startUnanswered) {
      assertThat(cluster.count("select count(*) from gm_message where message_id = ?", id))
          .isEqualTo(cluster.count("select count(*) from act_hi_procinst where business_key_ = ?", id));
    }
    // 4. Publication: signed items published once per account; the rest still at the sign-off.
    for (String item : finalTasks.keySet()) {
      List<String> open = openTasks(item);
      long sent = cluster.count("select count(*) from gm_outbox where business_key = ?", item);
      if (signed.contains(item)) {
        assertThat(open).as("tasks of %s", item).containsExactly("post-publication-check");
      }
      assertThat(open).as("tasks of %s", item).hasSize(1);
      assertThat(sent).as("outbox rows of %s at %s", item, open)
          .isEqualTo(open.get(0).equals("final-review") ? 0 : 2);
    }
    assertThat(cluster.rows("select idempotency_key from gm_outbox group by idempotency_key"
        + " having count(*) > 1")).isEmpty();
    assertThat(cluster.rows("select business_key, account_id from gm_outbox where business_key"
        + " in (" + itemMarks + ") group by business_key, account_id, action having count(*) > 1", itemKeys))
        .as("doubled in the outbox").isEmpty();
    // 5. The restarted node serves again.
    cluster.expect(201, cluster.post(cluster.b, "/api/messages", "hotline1",
        message("crash-after-restart", Cluster.now())), "start on the restarted node");
  }

  // ------------------------------------------------------------------

  private void startAndTriage(String id) {
    Cluster.Answer start;
    try {
      start = cluster.post(cluster.b, "/api/messages", "hotline1", message(id, Cluster.now()));
    } catch (IOException | InterruptedException e) {
      startUnanswered.add(id);
      return;
    }
    if (!answer(start, "start " + id)) {
      return;
    }
    String pid = start.json().get("processInstanceId").asText();
    started.put(id, pid);
    String task;
    try {
      task = cluster.taskOf(cluster.b, pid, "triage");
    } catch (Exception e) {
      return;
    }
    try {
      Cluster.Answer complete = cluster.post(cluster.b, "/engine-rest/task/" + task + "/complete",
          "hotline1", variables("classification", "CONSULTATION", "department", "社保科",
              "majorOpinion", false));
      if (answer(complete, "triage " + id)) {
        triaged.put(id, task);
      }
    } catch (IOException | InterruptedException e) {
      triageUnanswered.put(id, task);
    }
  }

  private void signFinal(String item, String task) {
    try {
      Cluster.Answer complete = cluster.post(cluster.b, "/engine-rest/task/" + task + "/complete",
          "approver1", variables("approved", true, "comment", "签发"));
      if (answer(complete, "final sign-off " + item)) {
        signed.add(item);
      }
    } catch (IOException | InterruptedException e) {
      signUnanswered.add(item);
    }
  }

  private boolean answer(Cluster.Answer answer, String what) {
    if (answer.ok()) {
      answered.incrementAndGet();
      return true;
    }
    unexpected.add(what + ": " + answer.status() + " " + answer.body());
    return false;
  }

  private String account(String platformName) throws Exception {
    String body = Cluster.json(Map.of("name", "县人社局" + platformName + " " + System.nanoTime(),
        "platform", platformName.equals("微信") ? "WECHAT" : "WEIBO", "accountClass", "OTHER",
        "ownerUnit", "县人力资源和社会保障局 " + System.nanoTime(), "ruleSet", "gaoxian-2023"));
    return cluster.expect(201, cluster.post(cluster.a, "/api/accounts", "owner1", body), "account")
        .json().get("id").asText();
  }

  private Map.Entry<String, String> toFinalReview(String item, String accounts) throws Exception {
    String start = Cluster.json(Map.of("businessKey", item, "variables", Map.of(
        "title", Map.of("value", "关于秋季防火的通知"),
        "body", Map.of("value", "各单位要做好秋季森林防火工作。"),
        "contentCategory", Map.of("value", "ROUTINE"),
        "accountIds", Map.of("value", accounts))));
    var started = cluster.expect(200, cluster.post(cluster.a,
        "/engine-rest/process-definition/key/content-publication/start", "editor1", start),
        "start " + item).json();
    String pid = started.get("id").asText();
    String businessKey = started.get("businessKey").asText();
    // Clean: screened at its start, it goes straight to the first review.
    String[][] steps = {{"first-review", "reviewer1"}, {"second-review", "reviewer2"}};
    for (String[] step : steps) {
      String task = cluster.taskOf(cluster.a, pid, step[0]);
      String vars = step[0].equals("draft") ? "{\"variables\":{}}"
          : step[0].equals("first-review") ? variables("approved", true, "comment", "同意", "secrecyChecked", true)
          : variables("approved", true, "comment", "同意");
      cluster.expect(204, cluster.post(cluster.a, "/engine-rest/task/" + task + "/complete",
          step[1], vars), step[0] + " of " + item);
    }
    String task = cluster.taskOf(cluster.a, pid, "final-review");
    assertThat(task).as("final review of " + item).isNotNull();
    return Map.entry(businessKey, task);
  }

  private List<String> openTasks(String businessKey) {
    return cluster.rows("select t.task_def_key_ from act_ru_task t join act_ru_execution e"
        + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ? order by t.task_def_key_",
        businessKey).stream().map(row -> (String) row.get("task_def_key_")).toList();
  }
}
