package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 处置步骤 Escalation step (dmn/escalation-step.dmn): the four-step exit of gaoxian 1 (提醒 → 通报 →
 * 约谈 → 关停) and the shutdown cases of gaoxian 7(3), with FIRST hit order, missing inputs (for
 * example rectification not known yet) and which row (with its clause) answered.
 */
/**
 * 检查范围 Inspection sample (dmn/inspection-sample.dmn): gaoxian 7(3) monthly full coverage, henan 6(2)
 * quarterly sample of at least 50%, the catch-all (application default) for every other rule set.
 */
class InspectionSampleDecisionTest {

  private static final String KEY = "inspection-sample";
  private static final String RESOURCE = "dmn/" + KEY + ".dmn";

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static final Set<String> rulesHit = new HashSet<>();
  private static String lastRuleId;

  @BeforeAll
  static void parseDecision() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      lastRuleId = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId();
      rulesHit.add(lastRuleId);
    }));
    engine = configuration.buildEngine();
    try (InputStream in = resource()) {
      decision = engine.parseDecision(KEY, in);
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}% {3} ({4})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     roundKind, samplePercent, cadence,   row
      gaoxian-2023,  FULL,      100,           MONTHLY,   inspection-sample-gaoxian
      henan-2019,    SAMPLE,    50,            QUARTERLY, inspection-sample-henan
      baicheng-2021, FULL,      100,           QUARTERLY, inspection-sample-default
      yakeshi,       FULL,      100,           QUARTERLY, inspection-sample-default
      yanchi-2017,   FULL,      100,           QUARTERLY, inspection-sample-default
      atlantis-2030, FULL,      100,           QUARTERLY, inspection-sample-default
      null,          FULL,      100,           QUARTERLY, inspection-sample-default
      """)
  void answerPerInput(String ruleSet, String roundKind, int samplePercent, String cadence, String row) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ruleSet", ruleSet)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("roundKind", roundKind, "samplePercent", (Object) samplePercent, "cadence", cadence));
    assertThat(lastRuleId).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() throws Exception {
    Decision modelDecision = modelDecision();
    assertThat(modelDecision.getName()).isEqualTo("检查范围 Inspection sample");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    List<Rule> rules = new ArrayList<>(modelDecision.getModelInstance().getModelElementsByType(Rule.class));
    assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull()
        .extracting(d -> d.getTextContent()).asString().isNotBlank());
    Rule last = rules.get(rules.size() - 1);
    assertThat(last.getInputEntries()).allSatisfy(entry -> assertThat(entry.getTextContent()).isEqualTo("-"));
    assertThat(last.getDescription().getTextContent()).contains("application default");

  }

  @AfterAll
  static void everyRowWasEvaluated() throws Exception {
    Set<String> allRows = modelDecision().getModelInstance().getModelElementsByType(Rule.class).stream()
        .map(Rule::getId).collect(Collectors.toSet());
    assertThat(rulesHit).containsAll(allRows);
  }

  private static Decision modelDecision() throws Exception {
    try (InputStream in = resource()) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      return model.getModelElementById(KEY);
    }
  }

  private static InputStream resource() {
    InputStream in = InspectionSampleDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
    return in;
  }
}
