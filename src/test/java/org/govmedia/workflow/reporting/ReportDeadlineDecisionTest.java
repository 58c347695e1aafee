package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 季度报告期限 Quarterly report deadline (dmn/report-deadline.dmn): henan 6(2), 7(3) the 10th of the
 * next quarter's first month; every other or unknown rule set the annotated application default.
 */
class ReportDeadlineDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("report-deadline");

  @ParameterizedTest(name = "ruleSet={0} -> day {1} ({2})")
  @CsvSource(nullValues = "null", textBlock = """
      henan-2019,    10, report-deadline-henan
      baicheng-2021, 10, report-deadline-default
      gaoxian-2023,  10, report-deadline-default
      yakeshi,       10, report-deadline-default
      unknown-rules, 10, report-deadline-default
      null,          10, report-deadline-default
      """)
  void deadlineDayPerRuleSet(String ruleSet, int day, String row) {
    var result = TABLE.evaluate(Variables.createVariables().putValue("ruleSet", ruleSet));
    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("deadlineDay", day));
    assertThat(TABLE.lastRow()).isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("季度报告期限 Quarterly report deadline");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
