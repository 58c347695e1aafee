package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 审核时限 Review pace (dmn/review-pace.dmn): an emergency's fast path (yanchi annex 2 art. 24: 第一时间发布),
 * a short time and the top priority for every signature, under every rule set; no due date for the
 * rest; which row (with its clause) answered.
 */
class ReviewPaceDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("review-pace");

  @ParameterizedTest(name = "{0} / {1} -> reviewDue={2}, reviewPriority={3} ({4})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     contentCategory, reviewDue, reviewPriority, row
      baicheng-2021, EMERGENCY,       PT1H,      90,             review-pace-emergency
      yakeshi,       EMERGENCY,       PT1H,      90,             review-pace-emergency
      henan-2019,    EMERGENCY,       PT1H,      90,             review-pace-emergency
      yanchi-2017,   EMERGENCY,       PT1H,      90,             review-pace-emergency
      gaoxian-2023,  EMERGENCY,       PT1H,      90,             review-pace-emergency
      null,          EMERGENCY,       PT1H,      90,             review-pace-emergency
      yanchi-2017,   ROUTINE,         null,      50,             review-pace-default
      baicheng-2021, MAJOR,           null,      50,             review-pace-default
      gaoxian-2023,  POLICY,          null,      50,             review-pace-default
      henan-2019,    STATISTICS,      null,      50,             review-pace-default
      atlantis-2030, REPRINT,         null,      50,             review-pace-default
      null,          null,            null,      50,             review-pace-default
      """)
  void anEmergencyIsPacedAndNothingElseIs(String ruleSet, String contentCategory, String reviewDue,
      int reviewPriority, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet).putValue("contentCategory", contentCategory));
    // An empty output entry gives no entry at all: no due date.
    Map<String, Object> expected = new HashMap<>(Map.of("reviewPriority", reviewPriority));
    if (reviewDue != null) {
      expected.put("reviewDue", reviewDue);
    }
    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("审核时限 Review pace");
    assertThat(TABLE.rowDescriptions().get(0)).contains("yanchi annex 2 art. 24", "第一时间发布事件动态");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
