package org.govmedia.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What an analyst puts into bpmn/, bpmn/forms/ and dmn/ is what the application deploys. */
class ModelDeploymentTest extends IntegrationTest {

  @Test
  void everyDecisionOfTheDesignIsDeployed() {
    List<String> keys = engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list()
        .stream().map(DecisionDefinition::getKey).toList();
    assertThat(keys).contains("review-chain", "reply-deadline", "filing-deadline", "update-frequency",
        "escalation-step");
  }

  @Test
  void everyModelFileOfTheTopLevelFoldersIsDeployed() throws IOException {
    List<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResources(d.getId()).stream())
        .map(Resource::getName).toList();
    for (String folder : List.of("bpmn", "bpmn/forms", "dmn")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(Files::isRegularFile).map(p -> folder + "/" + p.getFileName())
            .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
            .forEach(name -> assertThat(deployed).as("deployed resources").anyMatch(r -> r.endsWith(name)));
      }
    }
  }

  @Test
  void everyProcessKeepsItsHistoryForATimeAndCarriesBilingualNames() {
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
        .latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
      assertThat(definition.getName()).as(definition.getKey()).matches(".*\\p{IsHan}+.* [A-Za-z].*");
    }
  }
}
