package org.govmedia.workflow.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/messages and starts through /engine-rest: the same checks, the same duplicate rule; and
 * GET /api/messages?overdue=true, GET /api/messages/notifications.
 */
class MessageIntakeApiTest extends MessageReplyTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired MessageRecordRepository records;

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return as(user).exchange("/api/messages", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private long instances(String messageId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("message-reply").processInstanceBusinessKey(messageId).count();
  }

  @Test
  void theHotlineTakesAMessageInAndARedeliveryAnswersTheSameInstance() {
    clock("2025-09-26T10:00");
    String id = uniqueId("api-dup");
    ResponseEntity<Map<String, Object>> first = post("hotline1", message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = (String) first.getBody().get("processInstanceId");
    assertThat(first.getBody()).containsEntry("messageId", id).containsEntry("duplicate", false)
        .containsKey("replyDeadline");

    ResponseEntity<Map<String, Object>> again = post("hotline1", message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("processInstanceId", instanceId)
        .containsEntry("duplicate", true);
    assertThat(instances(id)).isEqualTo(1);

    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(id);
    assertThat(instance).isWaitingAt("triage");
    assertThat(records.findById(id)).get().extracting(MessageRecord::getProcessInstanceId)
        .isEqualTo(instanceId);
  }

  @ParameterizedTest(name = "{0}={1} -> 400 naming {0}")
  @CsvSource(nullValues = "null", textBlock = """
      receivedAt, 2025-09-26 10:00
      receivedAt, 2025-09-26T10:00:00
      receivedAt, null
      content,    null
      content,    '   '
      platform,   MYSPACE
      platform,   null
      messageId,  null
      ruleSet,    atlantis-2030
      """)
  void badInputIsRefusedNamingTheFieldAndLeavesNothing(String field, String value) {
    String id = uniqueId("api-bad");
    Map<String, Object> body = message(id, "2025-09-26T10:00:00+08:00");
    body.put(field, value);
    ResponseEntity<Map<String, Object>> answer = post("hotline1", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).contains(field);
    assertThat(instances(id)).isZero();
    assertThat(records.findById(id)).isEmpty();
  }

  @Test
  void aUserWhoMayNotStartTheProcessIsRefused() {
    String id = uniqueId("api-forbidden");
    ResponseEntity<Map<String, Object>> answer = post("dept1", message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instances(id)).isZero();
    assertThat(records.findById(id)).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> engineRestStart(String businessKey, Map<String, Object> message) {
    Map<String, Object> variables = new java.util.HashMap<>();
    message.forEach((name, value) -> {
      if (value != null) {
        variables.put(name, Map.of("value", value, "type", "String"));
      }
    });
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("variables", variables);
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return as("hotline1").exchange("/engine-rest/process-definition/key/message-reply/start",
        HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  @ParameterizedTest(name = "engine-rest {0}={1} -> 400")
  @CsvSource(nullValues = "null", textBlock = """
      receivedAt, yesterday
      content,    null
      platform,   MYSPACE
      """)
  void engineRestStartsPassTheSameChecks(String field, String value) {
    String id = uniqueId("rest-bad");
    Map<String, Object> body = message(id, "2025-09-26T10:00:00+08:00");
    body.put(field, value);
    ResponseEntity<Map<String, Object>> answer = engineRestStart(id, body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains("'" + field + "'");
    assertThat(instances(id)).isZero();
    assertThat(records.findById(id)).isEmpty();
  }

  @Test
  void engineRestStartsGetTheMessageIdAsBusinessKeyAndRefuseADuplicate() {
    clock("2025-09-26T10:00");
    String id = uniqueId("rest-ok");
    ResponseEntity<Map<String, Object>> started = engineRestStart(null,
        message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsEntry("businessKey", id);

    ResponseEntity<Map<String, Object>> again = engineRestStart(id, message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) again.getBody().get("message")).contains("messageId").contains("taken in");
    assertThat(instances(id)).isEqualTo(1);

    ResponseEntity<Map<String, Object>> viaApi = post("hotline1", message(id, "2025-09-26T10:00:00+08:00"));
    assertThat(viaApi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(viaApi.getBody()).containsEntry("processInstanceId", started.getBody().get("id"));
  }

  @Test
  void supervisorsListOpenOverdueMessagesWithDeadlineAndOwner() {
    ProcessInstance overdue = start(uniqueId("list-overdue"), "2025-09-26T10:00", Map.of());
    ProcessInstance onTime = start(uniqueId("list-ontime"), "2025-10-09T10:00", Map.of());
    complete(overdue, "triage", Map.of("classification", "COMPLAINT", "department", "社保科"));
    clock("2025-10-11T09:00");
    execute(overdue, "deadline-timer");

    ResponseEntity<List<Map<String, Object>>> answer = as("supervisor1")
        .exchange("/api/messages?overdue=true", HttpMethod.GET, null, JSON_LIST);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).extracting(m -> m.get("messageId"))
        .contains(overdue.getBusinessKey()).doesNotContain(onTime.getBusinessKey());
    Map<String, Object> row = answer.getBody().stream()
        .filter(m -> overdue.getBusinessKey().equals(m.get("messageId"))).findFirst().orElseThrow();
    assertThat(row).containsEntry("currentTask", "draft-reply")
        .containsEntry("candidateGroups", List.of("departments")).containsEntry("overdue", true)
        .containsKey("replyDeadline");

    ResponseEntity<List<Map<String, Object>>> notes = as("supervisor1").exchange(
        "/api/messages/notifications?messageId=" + overdue.getBusinessKey(), HttpMethod.GET, null,
        JSON_LIST);
    assertThat(notes.getBody()).singleElement().satisfies(n -> {
      assertThat(n).containsEntry("kind", "OVERDUE").containsEntry("recipient", "departments")
          .containsEntry("department", "社保科");
    });
    assertThat(as("hotline1").exchange("/api/messages/notifications", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
