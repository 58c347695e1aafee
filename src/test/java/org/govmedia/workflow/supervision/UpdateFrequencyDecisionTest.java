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
 * 更新频率 Update frequency (dmn/update-frequency.dmn): the minimum updates per window (number and
 * unit) and the minimum original items per window for every rule set ({@code process.RuleSet}) and every account
 * class, the catch-all for an unknown or missing rule set, and which row (with its clause) answered.
 */
class UpdateFrequencyDecisionTest {

  private static final String KEY = "update-frequency";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} / {1} -> {2} per {3} {4}, {5} originals per {6} days ({7})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     accountClass,      minUpdates, windowAmount, windowUnit,    minOriginals, originalsWindowDays, row
      gaoxian-2023,  MAIN,              1,          1,            WORKING_DAYS,  1,            14,                  update-frequency-gaoxian-main
      gaoxian-2023,  TWO_MICRO_ONE_APP, 1,          7,            CALENDAR_DAYS, 1,            14,                  update-frequency-gaoxian-other
      gaoxian-2023,  OTHER,             1,          7,            CALENDAR_DAYS, 1,            14,                  update-frequency-gaoxian-other
      gaoxian-2023,  null,              1,          7,            CALENDAR_DAYS, 1,            14,                  update-frequency-gaoxian-other
      henan-2019,    TWO_MICRO_ONE_APP, 3,          7,            CALENDAR_DAYS, 0,            0,                   update-frequency-henan-two-micro
      henan-2019,    MAIN,              1,          7,            CALENDAR_DAYS, 0,            0,                   update-frequency-henan-other
      henan-2019,    OTHER,             1,          7,            CALENDAR_DAYS, 0,            0,                   update-frequency-henan-other
      henan-2019,    null,              1,          7,            CALENDAR_DAYS, 0,            0,                   update-frequency-henan-other
      baicheng-2021, MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-baicheng
      baicheng-2021, TWO_MICRO_ONE_APP, 1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-baicheng
      baicheng-2021, OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-baicheng
      yakeshi,       MAIN,              4,          1,            CALENDAR_MONTHS, 0,          0,                   update-frequency-yakeshi
      yakeshi,       TWO_MICRO_ONE_APP, 4,          1,            CALENDAR_MONTHS, 0,          0,                   update-frequency-yakeshi
      yakeshi,       OTHER,             4,          1,            CALENDAR_MONTHS, 0,          0,                   update-frequency-yakeshi
      yanchi-2017,   MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yanchi-2017,   TWO_MICRO_ONE_APP, 1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yanchi-2017,   OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      atlantis-2030, MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      null,          OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      null,          null,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      """)
  void minimumPerRuleSetAndAccountClass(String ruleSet, String accountClass, int minUpdates, int windowAmount,
      String windowUnit, int minOriginals, int originalsWindowDays, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet)
        .putValue("accountClass", accountClass));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "minUpdates", minUpdates,
        "windowAmount", windowAmount,
        "windowUnit", windowUnit,
        "minOriginals", minOriginals,
        "originalsWindowDays", originalsWindowDays));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("更新频率 Update frequency");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
