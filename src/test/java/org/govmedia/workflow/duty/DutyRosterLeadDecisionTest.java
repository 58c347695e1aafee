package org.govmedia.workflow.duty;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 值班表提前期 duty-roster-lead.dmn with the DMN engine alone: every rule set (and an unknown or
 * missing one) gets a number, no seed gives one (gaoxian 2(2) names no lead time), so every row is
 * annotated as an application default with its clause.
 */
class DutyRosterLeadDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("duty-roster-lead");

  @ParameterizedTest(name = "{0} -> {1} working days ({2})")
  @CsvSource(nullValues = "null", textBlock = """
      gaoxian-2023,  3, duty-roster-lead-gaoxian
      henan-2019,    3, duty-roster-lead-default
      baicheng-2021, 3, duty-roster-lead-default
      yakeshi,       3, duty-roster-lead-default
      yanchi-2017,   3, duty-roster-lead-default
      unknown-2099,  3, duty-roster-lead-default
      null,          3, duty-roster-lead-default
      """)
  void everyRuleSetGetsALeadTime(String ruleSet, int days, String row) {
    Object result = TABLE.evaluate(Variables.createVariables().putValue("ruleSet", ruleSet))
        .getSingleEntry();
    assertThat(result).isEqualTo(days);
    assertThat(TABLE.lastRow()).isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndSaysItIsAnApplicationDefault() {
    assertThat(TABLE.rowDescriptions()).isNotEmpty().allSatisfy(text ->
        assertThat(text).contains("gaoxian 2(2)").contains("application default"));
  }
}
