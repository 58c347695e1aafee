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
 * 检查范围 Inspection sample (dmn/inspection-sample.dmn): gaoxian 7(3) monthly full coverage, henan 6(2)
 * quarterly sample of at least 50%; baicheng, yakeshi and yanchi name no cadence: each has its own
 * row, labelled application default; the catch-all (application default) for an unknown rule set.
 */
class InspectionSampleDecisionTest {

  private static final String KEY = "inspection-sample";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} -> {1} {2}% {3} ({4})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     roundKind, samplePercent, cadence,   row
      gaoxian-2023,  FULL,      100,           MONTHLY,   inspection-sample-gaoxian
      henan-2019,    SAMPLE,    50,            QUARTERLY, inspection-sample-henan
      baicheng-2021, FULL,      100,           QUARTERLY, inspection-sample-baicheng
      yakeshi,       FULL,      100,           MONTHLY,   inspection-sample-yakeshi
      yanchi-2017,   FULL,      100,           QUARTERLY, inspection-sample-yanchi
      atlantis-2030, FULL,      100,           QUARTERLY, inspection-sample-default
      null,          FULL,      100,           QUARTERLY, inspection-sample-default
      """)
  void answerPerInput(String ruleSet, String roundKind, int samplePercent, String cadence, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("roundKind", roundKind, "samplePercent", (Object) samplePercent, "cadence", cadence));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("检查范围 Inspection sample");
  }

  @Test
  void aRuleSetWithoutACadenceInItsRegulationSaysApplicationDefault() {
    for (String row : TABLE.rowDescriptions().subList(2, 5)) {
      assertThat(row).contains("应用默认值：规定未给出具体数字").contains("application default");
    }
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
