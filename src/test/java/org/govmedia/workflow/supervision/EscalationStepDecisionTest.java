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

  @ParameterizedTest(name = "{0} problems={1} interviewed={2} rectified={3} unfiled={4} -> {5} ({6})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     problemCount, interviewed, rectified, unfiled, action,    row
      # gaoxian 7(3): an unfiled account is shut down whatever else holds
      gaoxian-2023, 1,              false,       false,     true,    SHUTDOWN,  escalation-step-unfiled
      gaoxian-2023, 0,              null,        null,      true,    SHUTDOWN,  escalation-step-unfiled
      gaoxian-2023, null,           null,        null,      true,    SHUTDOWN,  escalation-step-unfiled
      gaoxian-2023, 5,              true,        true,      true,    SHUTDOWN,  escalation-step-unfiled
      # gaoxian 7(3): interviewed and still not rectified -> ordered shut down
      gaoxian-2023, 3,              true,        false,     false,   SHUTDOWN,  escalation-step-not-rectified
      gaoxian-2023, 1,              true,        false,     null,    SHUTDOWN,  escalation-step-not-rectified
      gaoxian-2023, null,           true,        false,     false,   SHUTDOWN,  escalation-step-not-rectified
      # gaoxian 7(3): the third prominent problem -> interview
      gaoxian-2023, 3,              false,       null,      false,   INTERVIEW, escalation-step-interview
      gaoxian-2023, 4,              null,        null,      null,    INTERVIEW, escalation-step-interview
      gaoxian-2023, 3,              true,        null,      false,   INTERVIEW, escalation-step-interview
      gaoxian-2023, 6,              true,        true,      false,   INTERVIEW, escalation-step-interview
      # gaoxian 1: second problem -> report (通报), first -> warn (提醒)
      gaoxian-2023, 2,              false,       null,      false,   REPORT,    escalation-step-report
      gaoxian-2023, 2,              null,        null,      null,    REPORT,    escalation-step-report
      gaoxian-2023, 2,              true,        true,      false,   REPORT,    escalation-step-report
      gaoxian-2023, 1,              false,       null,      false,   WARN,      escalation-step-warn
      gaoxian-2023, 1,              null,        null,      null,    WARN,      escalation-step-warn
      # the ladder is the application default of rule sets whose regulation names none
      henan-2019,   3,    false,  null,  false,  INTERVIEW,  escalation-step-interview
      baicheng-2021, 1,   null,   null,   null,  WARN,       escalation-step-warn
      yanchi-2017,  null, null,   null,   true,  SHUTDOWN,   escalation-step-unfiled
      null,         2,    null,   null,   null,  REPORT,     escalation-step-report
      # yakeshi art. 20: the cyberspace office picks the measure, no automatic ladder
      yakeshi,      3,    false,  null,  false,  DISCRETION, escalation-step-yakeshi-problem
      yakeshi,      1,    null,   null,   null,  DISCRETION, escalation-step-yakeshi-problem
      yakeshi,      0,    null,   null,   true,  DISCRETION, escalation-step-yakeshi-unfiled
      yakeshi,      3,    true,   false, false,  DISCRETION, escalation-step-yakeshi-not-rectified
      yakeshi,      0,    false,  null,  false,  NONE,       escalation-step-yakeshi-none
      yakeshi,      null, true,   true,  false,  NONE,       escalation-step-yakeshi-none
      # no problem, negative or missing count -> no action
      gaoxian-2023, 0,              false,       null,      false,   NONE,      escalation-step-none
      gaoxian-2023, -1,             false,       false,     false,   NONE,      escalation-step-none
      gaoxian-2023, null,           null,        null,      null,    NONE,      escalation-step-none
      gaoxian-2023, null,           true,        true,      false,   NONE,      escalation-step-none
      gaoxian-2023, 0,              false,       false,     false,   NONE,      escalation-step-none
      """)
  void actionPerSituation(String ruleSet, Integer problemCount, Boolean interviewed, Boolean rectified, Boolean unfiled,
      String action, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet)
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
        .putValue("ruleSet", "gaoxian-2023")
        .putValue("problemCount", 3L)
        .putValue("interviewed", false)
        .putValue("rectified", null)
        .putValue("unfiled", false));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "INTERVIEW"));
  }

  @Test
  void yakeshisThirdProblemIsLeftToTheSupervisorQuotingArticle20() {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", "yakeshi")
        .putValue("problemCount", 3)
        .putValue("interviewed", false)
        .putValue("rectified", null)
        .putValue("unfiled", false));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "DISCRETION"));
    assertThat(TABLE.rowDescriptions().get(2)).contains("yakeshi art. 20")
        .contains("责令删除、约谈、警告、通报或者责令关闭");
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
