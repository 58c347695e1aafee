package org.govmedia.workflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
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
 * Attacks on the intake of citizen messages: a real long message (20,000 characters) is taken in
 * and shows in the task forms whole; anything longer, with control characters, received in the
 * future or outside 1949–2100 is refused 400 naming the field and leaves nothing; a caller without
 * the right learns nothing about which message ids exist.
 */
class MessageAttackTest extends MessageReplyTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired MessageRecordRepository records;

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return as(user).exchange("/api/messages", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private long instances(String messageId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("message-reply").processInstanceBusinessKey(messageId).count();
  }

  /** A message text of exactly {@code length} characters, Chinese and line breaks. */
  private static String text(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append("我是灵活就业人员，想咨询社保补贴的申领条件和材料。\n");
    }
    return text.substring(0, length);
  }

  @Test
  void aMessageOf20000CharactersIsTakenInAndShowsWholeInTheTriageForm() {
    clock("2025-09-26T10:00");
    String id = uniqueId("long");
    String content = text(MessageValidator.MAX_CONTENT_LENGTH);
    Map<String, Object> body = message(id, "2025-09-26T10:00:00+08:00");
    body.put("content", content);

    ResponseEntity<Map<String, Object>> answer = post("hotline1", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = (String) answer.getBody().get("processInstanceId");
    assertThat(runtime.getVariable(instanceId, "content")).isEqualTo(content);
    Task triage = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("triage")
        .singleResult();
    // What Tasklist's Camunda Form reads: a String, whole.
    Map<String, Map<String, Object>> form = as("hotline1").exchange(
        "/engine-rest/task/" + triage.getId() + "/form-variables?deserializeValues=false",
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {}).getBody();
    assertThat(form.get("content")).containsEntry("type", "String").containsEntry("value", content);

    // Tasklist submits the form with the read-only text as it was: it is stored again, whole.
    Map<String, Object> submitted = Map.of("variables", Map.of(
        "content", Map.of("value", content, "type", "String"),
        "classification", Map.of("value", "CONSULTATION", "type", "String"),
        "department", Map.of("value", "社保科", "type", "String")));
    ResponseEntity<String> completed = as("hotline1").exchange(
        "/engine-rest/task/" + triage.getId() + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(submitted), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instanceId, "content")).isEqualTo(content);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableName("content").singleResult().getValue()).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(textBlock = """
      content,        too long
      content,        NUL
      content,        bidi override
      content,        lone surrogate
      citizenContact, too long
      receivedAt,     tomorrow
      receivedAt,     year 0000
      receivedAt,     year 9999
      content,        object
      """)
  void aMessageOutOfBoundsIsRefusedNamingTheFieldAndLeavesNothing(String field, String attack) {
    clock("2025-09-26T10:00");
    String id = uniqueId("attack");
    Map<String, Object> body = message(id, "2025-09-26T10:00:00+08:00");
    Object value = switch (attack) {
      case "too long" -> text(field.equals("content") ? MessageValidator.MAX_CONTENT_LENGTH + 1 : 201);
      case "NUL" -> "请问\u0000社保";
      case "bidi override" -> "请问\u202e社保";
      case "lone surrogate" -> "请问\ud800社保";
      case "tomorrow" -> "2025-09-27T10:00:00+08:00";
      case "year 0000" -> "0000-01-01T10:00:00+08:00";
      case "year 9999" -> "9999-12-31T10:00:00+08:00";
      default -> Map.of("text", "社保");
    };
    body.put(field, value);

    ResponseEntity<Map<String, Object>> answer = post("hotline1", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).doesNotContain("ENGINE-", "SQL")
        .matches("^[^A-Za-z]*[\\u4e00-\\u9fff](?s).*");
    assertThat(instances(id)).isZero();
    assertThat(records.findById(id)).isEmpty();
  }

  @Test
  void aCallerWithoutTheRightLearnsNothingAboutMessageIds() {
    clock("2025-09-26T10:00");
    String taken = uniqueId("taken");
    assertThat(post("hotline1", message(taken, "2025-09-26T10:00:00+08:00")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String unknown = uniqueId("unknown");

    for (String user : List.of("editor1", "dept1", "reviewer1")) {
      ResponseEntity<Map<String, Object>> existing = post(user, message(taken, "2025-09-26T10:00:00+08:00"));
      ResponseEntity<Map<String, Object>> missing = post(user, message(unknown, "2025-09-26T10:00:00+08:00"));

      assertThat(existing.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(missing.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      Map<String, Object> a = new HashMap<>(existing.getBody());
      Map<String, Object> b = new HashMap<>(missing.getBody());
      a.remove("timestamp");
      b.remove("timestamp");
      assertThat(a).as(user).isEqualTo(b);
      assertThat(existing.getBody().toString()).doesNotContain(taken);
    }
    assertThat(instances(taken)).isEqualTo(1);
    assertThat(instances(unknown)).isZero();
  }
}
