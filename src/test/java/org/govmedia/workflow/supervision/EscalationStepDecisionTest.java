package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.AfterAll;
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

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

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
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("problemCount", problemCount)
        .putValue("interviewed", interviewed)
        .putValue("rectified", rectified)
        .putValue("unfiled", unfiled));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", action));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void aLongProblemCountFromAProcessVariableIsAccepted() {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("problemCount", 3L)
        .putValue("interviewed", false)
        .putValue("rectified", null)
        .putValue("unfiled", false));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "INTERVIEW"));
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("处置步骤 Escalation step");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
