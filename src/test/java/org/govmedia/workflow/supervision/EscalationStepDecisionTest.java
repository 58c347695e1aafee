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
class EscalationStepDecisionTest {

  private static final String KEY = "escalation-step";
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

  @ParameterizedTest(name = "problems={0} interviewed={1} rectified={2} unfiled={3} -> {4} ({5})")
  @CsvSource(nullValues = "null", textBlock = """
      # problemCount, interviewed, rectified, unfiled, action,    row
      # gaoxian 7(3): an unfiled account is shut down whatever else holds
      1,              false,       false,     true,    SHUTDOWN,  escalation-step-unfiled
      0,              null,        null,      true,    SHUTDOWN,  escalation-step-unfiled
      null,           null,        null,      true,    SHUTDOWN,  escalation-step-unfiled
      5,              true,        true,      true,    SHUTDOWN,  escalation-step-unfiled
      # gaoxian 7(3): interviewed and still not rectified -> ordered shut down
      3,              true,        false,     false,   SHUTDOWN,  escalation-step-not-rectified
      1,              true,        false,     null,    SHUTDOWN,  escalation-step-not-rectified
      null,           true,        false,     false,   SHUTDOWN,  escalation-step-not-rectified
      # gaoxian 7(3): the third prominent problem -> interview
      3,              false,       null,      false,   INTERVIEW, escalation-step-interview
      4,              null,        null,      null,    INTERVIEW, escalation-step-interview
      3,              true,        null,      false,   INTERVIEW, escalation-step-interview
      6,              true,        true,      false,   INTERVIEW, escalation-step-interview
      # gaoxian 1: second problem -> report (通报), first -> warn (提醒)
      2,              false,       null,      false,   REPORT,    escalation-step-report
      2,              null,        null,      null,    REPORT,    escalation-step-report
      2,              true,        true,      false,   REPORT,    escalation-step-report
      1,              false,       null,      false,   WARN,      escalation-step-warn
      1,              null,        null,      null,    WARN,      escalation-step-warn
      # no problem, negative or missing count -> no action
      0,              false,       null,      false,   NONE,      escalation-step-none
      -1,             false,       false,     false,   NONE,      escalation-step-none
      null,           null,        null,      null,    NONE,      escalation-step-none
      null,           true,        true,      false,   NONE,      escalation-step-none
      0,              false,       false,     false,   NONE,      escalation-step-none
      """)
  void actionPerSituation(Integer problemCount, Boolean interviewed, Boolean rectified, Boolean unfiled,
      String action, String row) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("problemCount", problemCount)
        .putValue("interviewed", interviewed)
        .putValue("rectified", rectified)
        .putValue("unfiled", unfiled)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", action));
    assertThat(lastRuleId).as("row that answered").isEqualTo(row);
  }

  @Test
  void aLongProblemCountFromAProcessVariableIsAccepted() {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("problemCount", 3L)
        .putValue("interviewed", false)
        .putValue("rectified", null)
        .putValue("unfiled", false)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "INTERVIEW"));
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() throws Exception {
    Decision modelDecision = modelDecision();
    assertThat(modelDecision.getName()).isEqualTo("处置步骤 Escalation step");
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
    InputStream in = EscalationStepDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
    return in;
  }
}
