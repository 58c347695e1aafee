package org.govmedia.workflow.filing;

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
 * 备案期限 Filing deadline (dmn/filing-deadline.dmn): the number and the unit of the filing deadline
 * for every rule set ({@code process.RuleSet}) and every account event, the catch-all for an unknown or missing
 * rule set or event, and which row (with its clause) answered.
 */
class FilingDeadlineDecisionTest {

  private static final String KEY = "filing-deadline";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} / {1} -> {2} {3} ({4})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     filingEvent,  amount, unit,          row
      gaoxian-2023,  OPEN,         2,      WORKING_DAYS,  filing-deadline-gaoxian-open-change-cancel
      gaoxian-2023,  CHANGE,       2,      WORKING_DAYS,  filing-deadline-gaoxian-open-change-cancel
      gaoxian-2023,  CANCEL,       2,      WORKING_DAYS,  filing-deadline-gaoxian-open-change-cancel
      gaoxian-2023,  CLOSE,        2,      WORKING_DAYS,  filing-deadline-gaoxian-close
      gaoxian-2023,  STAFF_CHANGE, 3,      WORKING_DAYS,  filing-deadline-gaoxian-staff
      henan-2019,    OPEN,         3,      WORKING_DAYS,  filing-deadline-henan
      henan-2019,    CHANGE,       3,      WORKING_DAYS,  filing-deadline-henan
      henan-2019,    CLOSE,        3,      WORKING_DAYS,  filing-deadline-henan
      henan-2019,    CANCEL,       3,      WORKING_DAYS,  filing-deadline-henan
      henan-2019,    STAFF_CHANGE, 5,      WORKING_DAYS,  filing-deadline-default
      yakeshi,       OPEN,         10,     WORKING_DAYS,  filing-deadline-yakeshi-open
      yakeshi,       CLOSE,        5,      WORKING_DAYS,  filing-deadline-yakeshi-close
      yakeshi,       CANCEL,       5,      WORKING_DAYS,  filing-deadline-yakeshi-close
      yakeshi,       CHANGE,       5,      WORKING_DAYS,  filing-deadline-default
      yakeshi,       STAFF_CHANGE, 5,      WORKING_DAYS,  filing-deadline-default
      yanchi-2017,   OPEN,         7,      CALENDAR_DAYS, filing-deadline-yanchi-open
      yanchi-2017,   CHANGE,       5,      WORKING_DAYS,  filing-deadline-default
      yanchi-2017,   CLOSE,        5,      WORKING_DAYS,  filing-deadline-default
      yanchi-2017,   CANCEL,       5,      WORKING_DAYS,  filing-deadline-default
      yanchi-2017,   STAFF_CHANGE, 5,      WORKING_DAYS,  filing-deadline-default
      baicheng-2021, OPEN,         5,      WORKING_DAYS,  filing-deadline-default
      baicheng-2021, CHANGE,       5,      WORKING_DAYS,  filing-deadline-default
      baicheng-2021, CLOSE,        5,      WORKING_DAYS,  filing-deadline-default
      baicheng-2021, CANCEL,       5,      WORKING_DAYS,  filing-deadline-default
      baicheng-2021, STAFF_CHANGE, 5,      WORKING_DAYS,  filing-deadline-default
      atlantis-2030, OPEN,         5,      WORKING_DAYS,  filing-deadline-default
      gaoxian-2023,  MERGE,        5,      WORKING_DAYS,  filing-deadline-default
      null,          OPEN,         5,      WORKING_DAYS,  filing-deadline-default
      gaoxian-2023,  null,         5,      WORKING_DAYS,  filing-deadline-default
      null,          null,         5,      WORKING_DAYS,  filing-deadline-default
      """)
  void deadlinePerRuleSetAndEvent(String ruleSet, String filingEvent, int amount, String unit, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet)
        .putValue("filingEvent", filingEvent));

    assertThat(result.getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("deadlineAmount", amount, "deadlineUnit", unit));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("备案期限 Filing deadline");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
