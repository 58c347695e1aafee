package org.govmedia.workflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * bpmn/message-reply.bpmn keeps the conventions analysts rely on (names, due dates, forms, clause
 * annotations), and its Camunda Forms are deployed with it and found by formRef.
 */
class MessageReplyModelTest extends MessageReplyTestSupport {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("bpmn/message-reply.bpmn"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFlowNodeIsNamedChineseFirst() {
    assertThat(MODEL.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
        assertThat(node.getName()).as(node.getId()).matches("^\\p{IsHan}.*[A-Za-z].*"));
  }

  @Test
  void everyUserTaskHasDeadlineFollowUpAndAMessageForm() throws Exception {
    Collection<UserTask> userTasks = MODEL.getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(BaseElement::getId).contains("triage", "draft-reply",
        "approve-reply", "supervise-overdue");
    for (UserTask task : userTasks) {
      assertThat(task.getCamundaDueDate()).as(task.getId()).isEqualTo("${replyDeadline}");
      assertThat(task.getCamundaFollowUpDate()).as(task.getId()).isEqualTo("${reminderDate}");
      assertThat(task.getCamundaFormRef()).as(task.getId()).startsWith("message-");
      // "latest": a redeployment of a changed BPMN alone (isDeployChangedOnly) carries no forms.
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
      JsonNode form = JSON.readTree(new File("bpmn/forms/" + task.getCamundaFormRef() + ".form"));
      assertThat(form.get("id").asText()).isEqualTo(task.getCamundaFormRef());
      assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
      assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      List<String> readonlyKeys = new java.util.ArrayList<>();
      form.get("components").forEach(c -> {
        if (c.path("readonly").asBoolean()) {
          readonlyKeys.add(c.path("key").asText());
        }
        if (c.has("label")) {
          assertThat(c.get("label").asText()).as(c.get("id").asText()).matches("^\\p{IsHan}.*");
        }
      });
      assertThat(readonlyKeys).as(task.getId() + " shows the message and deadline")
          .contains("content", "replyDeadlineText");
    }
  }

  @Test
  void everyTimerAndTheDecisionCiteTheirClause() {
    List<BaseElement> cited = new java.util.ArrayList<>();
    MODEL.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(e -> !e.getChildElementsByType(TimerEventDefinition.class).isEmpty())
        .forEach(cited::add);
    cited.addAll(MODEL.getModelElementsByType(BusinessRuleTask.class));
    assertThat(cited).hasSize(3);
    for (BaseElement element : cited) {
      assertThat(MODEL.getModelElementsByType(Association.class).stream()
          .filter(a -> a.getSource().equals(element))
          .map(a -> a.getTarget().getTextContent()))
          .as(element.getId()).anySatisfy(text -> assertThat(text).containsAnyOf("art.", "application default"));
    }
    MODEL.getModelElementsByType(BoundaryEvent.class).forEach(e ->
        assertThat(e.cancelActivity()).as(e.getId() + " non-interrupting").isFalse());
  }

  @Test
  void theFormsAreDeployedWithTheProcessAndFoundByTheirRef() throws Exception {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("message-reply").latestVersion().singleResult();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()))
        .anySatisfy(name -> assertThat(name).endsWith("message-triage.form"));
    ProcessInstance instance = start(uniqueId("m-form"), "2025-09-26T10:00", Map.of());
    Task triage = task(instance, "triage");
    try (InputStream form = engine.getFormService().getDeployedTaskForm(triage.getId())) {
      assertThat(JSON.readTree(form).get("id").asText()).isEqualTo("message-triage");
    }
  }
}
