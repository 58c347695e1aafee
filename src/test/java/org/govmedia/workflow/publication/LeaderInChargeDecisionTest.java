package org.govmedia.workflow.publication;

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
 * 分管领导审核 Leader in charge (dmn/leader-in-charge.dmn): an important policy item (重要政务信息,
 * baicheng art. 7) goes to the leader in charge under every rule set; nothing else does (the main
 * leader's categories are review-chain's); which row (with its clause) answered.
 */
class LeaderInChargeDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("leader-in-charge");

  @ParameterizedTest(name = "{0} / {1} -> leaderInChargeApproval={2} ({3})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     contentCategory, leaderInChargeApproval, row
      baicheng-2021, POLICY,          true,                   leader-in-charge-policy
      yakeshi,       POLICY,          true,                   leader-in-charge-policy
      henan-2019,    POLICY,          true,                   leader-in-charge-policy
      yanchi-2017,   POLICY,          true,                   leader-in-charge-policy
      gaoxian-2023,  POLICY,          true,                   leader-in-charge-policy
      null,          POLICY,          true,                   leader-in-charge-policy
      baicheng-2021, ROUTINE,         false,                  leader-in-charge-default
      yakeshi,       REPRINT,         false,                  leader-in-charge-default
      henan-2019,    MAJOR,           false,                  leader-in-charge-default
      yanchi-2017,   EMERGENCY,       false,                  leader-in-charge-default
      gaoxian-2023,  STATISTICS,      false,                  leader-in-charge-default
      atlantis-2030, GOSSIP,          false,                  leader-in-charge-default
      null,          null,            false,                  leader-in-charge-default
      """)
  void onlyImportantPolicyItemsGoToTheLeaderInCharge(String ruleSet, String contentCategory,
      boolean leaderInChargeApproval, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet).putValue("contentCategory", contentCategory));
    assertThat(result.getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("leaderInChargeApproval", leaderInChargeApproval));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("分管领导审核 Leader in charge");
    assertThat(TABLE.rowDescriptions().get(0)).contains("baicheng art. 7", "重要政务信息");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
