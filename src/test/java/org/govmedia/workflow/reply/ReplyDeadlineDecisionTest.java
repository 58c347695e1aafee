package org.govmedia.workflow.reply;

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
 * 答复期限 Reply deadline (dmn/reply-deadline.dmn): the reply deadline and the reminder day, both in
 * working days after receipt, for every rule set ({@code process.RuleSet}), the catch-all for an unknown or missing
 * rule set, and which row (with its clause) answered.
 */
class ReplyDeadlineDecisionTest {

  private static final String KEY = "reply-deadline";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} -> reply in {1} working days, reminder after {2} ({3})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     replyWorkingDays, reminderWorkingDays, row
      baicheng-2021, 5,                3,                   reply-deadline-baicheng
      yakeshi,       5,                3,                   reply-deadline-default
      henan-2019,    5,                3,                   reply-deadline-default
      yanchi-2017,   5,                3,                   reply-deadline-default
      gaoxian-2023,  5,                3,                   reply-deadline-default
      atlantis-2030, 5,                3,                   reply-deadline-default
      null,          5,                3,                   reply-deadline-default
      """)
  void replyAndReminderPerRuleSet(String ruleSet, int replyWorkingDays, int reminderWorkingDays, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet));

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "replyWorkingDays", replyWorkingDays,
        "reminderWorkingDays", reminderWorkingDays));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void theReminderFallsBeforeTheDeadline() {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", "baicheng-2021"));

    assertThat((Integer) result.getEntry("reminderWorkingDays"))
        .isEqualTo((Integer) result.getEntry("replyWorkingDays") - 2);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("答复期限 Reply deadline");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
