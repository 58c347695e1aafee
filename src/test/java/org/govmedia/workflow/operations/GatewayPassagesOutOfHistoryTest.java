package org.govmedia.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayPassagesOutOfHistoryTest extends IntegrationTest {

  private Deployment deployment;

  @BeforeEach
  void deployARoutingModel() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("gateway-history-check").camundaHistoryTimeToLive(1)
        .startEvent("start")
        .exclusiveGateway("urgent").condition("yes", "${urgent}").userTask("today")
        .moveToLastGateway().condition("no", "${!urgent}").userTask("thisWeek")
        .done();
    deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("gateway-history-check.bpmn", model).deploy();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void theHistoryHasEveryActivityAndVariableButNotTheRoutingGatewaysPassage() {
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey("gateway-history-check", Map.of("urgent", true)).getId();

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
        .orderPartiallyByOccurrence().asc().list())
        .extracting(HistoricActivityInstance::getActivityId).containsExactly("start", "today");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("urgent").singleResult().getValue()).isEqualTo(true);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).count())
        .isEqualTo(1);
    assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
  }
}
