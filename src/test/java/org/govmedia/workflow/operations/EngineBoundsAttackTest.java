package org.govmedia.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.support.IntegrationTest;
import org.govmedia.workflow.support.WebappSession;
import org.govmedia.workflow.web.EngineRestMappers;
import org.govmedia.workflow.web.RefusedInputExceptionMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on the engine's own REST, on {@code /engine-rest} and on the webapps' REST under
 * {@code /camunda/api/engine} (what Tasklist and Cockpit call): a query for two billion rows, a
 * business key the database cannot hold, a comment on a task the caller cannot see, two
 * completions of one task at once. Refused 400/403, a lost race 409 (or 404 once the task is
 * gone), never 500, no SQL or engine code in the answer, and nothing written.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineBoundsAttackTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static void assertNoInternals(String body) {
    assertThat(body).doesNotContain("ENGINE-", "SQL", "org.apache", "org.h2", "postgresql", "### ");
  }

  // --------------------------------------------------------------------------- queries

  @Test
  void aQueryForTwoBillionRowsIsRefusedNamingMaxResults() throws Exception {
    ResponseEntity<String> all = as("reviewer1").getForEntity("/engine-rest/task?maxResults=2147483647",
        String.class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(all.getBody()).contains("maxResults").contains("2000");
    assertThat(JSON.readTree(all.getBody()).get("message").asText()).startsWith("参数 maxResults");
    assertNoInternals(all.getBody());
    assertThat(as("reviewer1").getForEntity("/engine-rest/history/process-instance?maxResults=2001",
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("reviewer1").getForEntity("/engine-rest/task?firstResult=0&maxResults=2000",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // An unpaged list names the limit too, not a placeholder.
    ResponseEntity<String> unpaged = as("reviewer1").getForEntity("/engine-rest/task", String.class);
    assertThat(unpaged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(unpaged.getBody()).get("message").asText()).startsWith("参数 maxResults 超过上限 2000，");
    assertNoInternals(unpaged.getBody());
  }

  @Test
  void theWebappsRestRefusesItTooAndStillServesTasklistsPages() throws Exception {
    WebappSession tasklist = WebappSession.tasklist(port, "reviewer1");
    HttpResponse<String> all = tasklist.get("/camunda/api/engine/engine/default/task?maxResults=2147483647");
    assertThat(all.statusCode()).isEqualTo(400);
    assertThat(all.body()).contains("maxResults");
    assertNoInternals(all.body());
    // What Tasklist asks: its filters' tasks in pages of at most 2,000.
    assertThat(tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0"
        + "&maxResults=2000").statusCode()).isEqualTo(200);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15")
        .statusCode()).isEqualTo(200);
  }

  // --------------------------------------------------------------------------- business keys

  @Test
  void aBusinessKeyOf300CharactersIsRefusedWithoutSql(CapturedOutput log) {
    String key = "K".repeat(300);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"businessKey\":\"" + key + "\",\"variables\":{"
        + "\"title\":{\"value\":\"关于秋季防火的通知\",\"type\":\"String\"},"
        + "\"body\":{\"value\":\"各单位要做好秋季森林防火工作。\",\"type\":\"String\"},"
        + "\"contentCategory\":{\"value\":\"ROUTINE\",\"type\":\"String\"}}}";

    ResponseEntity<String> answer = as("editor1").postForEntity(
        "/engine-rest/process-definition/key/content-publication/start", new HttpEntity<>(body, headers),
        String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("businessKey");
    assertNoInternals(answer.getBody());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(log.getOut()).doesNotContain("Value too long", "value too long", "ENGINE-16004");
  }

  // --------------------------------------------------------------------------- comments

  /** A message-reply instance waiting at triage (hotline only: editors cannot see it). */
  private ProcessInstance message() {
    String id = "attack-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put("messageId", id);
    variables.put("platform", "WECHAT");
    variables.put("receivedAt", OffsetDateTime.now(SHANGHAI).withNano(0).minusMinutes(5).toString());
    variables.put("content", "请问社保补贴如何申领？");
    return engine.getRuntimeService().createProcessInstanceByKey("message-reply").businessKey(id)
        .setVariables(variables).execute();
  }

  private Task triage(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("triage").singleResult();
  }

  private ResponseEntity<String> comment(String user, String taskId, String message) {
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", message), String.class);
  }

  @Test
  void nobodyCommentsOnATaskItCannotSee() {
    Task task = triage(message());

    // approver1 reads the history of message-reply (so Camunda's REST finds the task) but may not
    // see its triage task: the engine refuses. editor1 reads neither: Camunda's REST refuses.
    ResponseEntity<String> approver = comment("approver1", task.getId(), "我来改一下历史");
    ResponseEntity<String> editor = comment("editor1", task.getId(), "我来改一下历史");

    assertThat(approver.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(editor.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    assertNoInternals(approver.getBody() + editor.getBody());
    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
    assertThat(engine.getTaskService().getProcessInstanceComments(task.getProcessInstanceId())).isEmpty();
  }

  @Test
  void theHotlineCommentsOnItsOwnTaskButNotWithAControlCharacter() {
    Task task = triage(message());

    assertThat(comment("hotline1", task.getId(), "已联系留言人").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> withNul = comment("hotline1", task.getId(), "已联系\u0000留言人");

    assertThat(withNul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withNul.getBody()).contains("message");
    assertThat(engine.getTaskService().getTaskComments(task.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("已联系留言人"));
  }

  // --------------------------------------------------------------------------- lost races

  @Test
  void aLostRaceIs409WithoutAnEngineCode() {
    RefusedInputExceptionMapper mapper = new RefusedInputExceptionMapper();
    OptimisticLockingException lost = new OptimisticLockingException(
        "ENGINE-03005 Execution of 'DELETE TaskEntity[1]' failed. Entity was updated by another transaction concurrently.");
    Response wrapped = mapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR, lost,
        "Cannot complete task 1: " + lost.getMessage()));
    Response direct = new EngineRestMappers.EngineExceptionMapper().toResponse(lost);

    for (Response response : List.of(wrapped, direct)) {
      assertThat(response.getStatus()).isEqualTo(409);
      assertThat(response.getEntity().toString()).startsWith("{type=OptimisticLocking, message=并发冲突");
      assertNoInternals(response.getEntity().toString());
    }
  }

  private static Map<String, Object> triageCompletion() {
    return Map.of("variables", Map.of(
        "classification", Map.of("value", "CONSULTATION", "type", "String"),
        "department", Map.of("value", "社保科", "type", "String")));
  }

  @Test
  void twoCompletionsOfOneTaskAtOnceOnEngineRestNeverAnswer500(CapturedOutput log) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        ProcessInstance instance = message();
        String taskId = triage(instance).getId();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(pool.submit(() -> {
            start.await();
            return as("hotline1").postForEntity("/engine-rest/task/" + taskId + "/complete",
                triageCompletion(), String.class);
          }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        StringBuilder bodies = new StringBuilder();
        for (Future<ResponseEntity<String>> answer : answers) {
          ResponseEntity<String> response = answer.get();
          statuses.add(response.getStatusCode().value());
          bodies.append(response.getBody()).append(" | ");
          if (response.getBody() != null) {
            assertNoInternals(response.getBody());
          }
        }
        assertThat(statuses).as("round %d: %s", round, bodies).containsOnlyOnce(204);
        assertThat(statuses).as("round %d: %s", round, bodies).allMatch(s -> s == 204 || s == 409 || s == 404);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId()).taskDefinitionKey("triage").finished().count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("draft-reply").count()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(log.getOut()).doesNotContain("OptimisticLockingException: ENGINE-", "ENGINE-16004");
  }

  @Test
  void aRefusedCompletionIs400AndLogsNoStackTrace(CapturedOutput log) throws Exception {
    Task task = triage(message());
    Map<String, Object> body = Map.of("variables", Map.of(
        "classification", Map.of("value", "GOSSIP", "type", "String")));

    ResponseEntity<String> answer = as("hotline1").postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", body, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("留言类别"); // the field as the triage form names it
    assertNoInternals(answer.getBody());
    assertThat(triage(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult())).isNotNull();
    assertThat(log.getOut()).doesNotContain("ENGINE-16004", "\tat org.camunda");
  }

  @Test
  void twoCompletionsOfOneTaskAtOnceInTasklistNeverAnswer500() throws Exception {
    WebappSession first = WebappSession.tasklist(port, "hotline1");
    WebappSession second = WebappSession.tasklist(port, "hotline1");
    for (int round = 0; round < 5; round++) {
      ProcessInstance instance = message();
      String path = "/camunda/api/engine/engine/default/task/" + triage(instance).getId() + "/complete";
      String body = JSON.writeValueAsString(triageCompletion());
      CompletableFuture<HttpResponse<String>> a = first.postAsync(path, body);
      CompletableFuture<HttpResponse<String>> b = second.postAsync(path, body);
      List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
      String bodies = a.get().body() + " | " + b.get().body();
      assertNoInternals(bodies);
      assertThat(statuses).as("round %d: %s", round, bodies).containsOnlyOnce(204);
      assertThat(statuses).as("round %d: %s", round, bodies).allMatch(s -> s == 204 || s == 409 || s == 404);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("draft-reply").count()).isEqualTo(1);
    }
  }
}
