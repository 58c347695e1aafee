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
 * 整改期限 Rectification deadline (dmn/rectification-deadline.dmn): working days to rectify per escalation
 * action; the seeds give no number, so every row is the application's default and says so.
 */
class RectificationDeadlineDecisionTest {

  private static final String KEY = "rectification-deadline";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} -> {1} working days ({2})")
  @CsvSource(nullValues = "null", textBlock = """
      # escalationAction, rectificationWorkingDays, row
      WARN,               10,                       rectification-deadline-warn
      REPORT,             10,                       rectification-deadline-report
      INTERVIEW,          5,                        rectification-deadline-interview
      NONE,               10,                       rectification-deadline-default
      SHUTDOWN,           10,                       rectification-deadline-default
      SOMETHING,          10,                       rectification-deadline-default
      null,               10,                       rectification-deadline-default
      """)
  void answerPerInput(String escalationAction, int rectificationWorkingDays, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("escalationAction", escalationAction));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("rectificationWorkingDays", rectificationWorkingDays));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("整改期限 Rectification deadline");
    assertThat(TABLE.rowDescriptions()).allSatisfy(d -> assertThat(d).contains("application default"));
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
