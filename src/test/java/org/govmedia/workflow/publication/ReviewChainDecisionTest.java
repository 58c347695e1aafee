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
 * 审核链 Review chain (dmn/review-chain.dmn): whether a content item needs the leader's approval on
 * top of the three reviews, for every category under every rule set ({@code RuleSet}; baicheng art. 7 holds under each), the catch-all for an
 * unknown rule set or category, and which row (with its clause) answered.
 */
class ReviewChainDecisionTest {

  private static final String KEY = "review-chain";

  private static final DecisionTable TABLE = DecisionTable.load(KEY);

  @ParameterizedTest(name = "{0} / {1} -> leaderApproval={2} ({3})")
  @CsvSource(nullValues = "null", textBlock = """
      # ruleSet,     contentCategory, leaderApproval, row
      baicheng-2021, MAJOR,           true,           review-chain-major
      baicheng-2021, EMERGENCY,       true,           review-chain-emergency
      baicheng-2021, STATISTICS,      true,           review-chain-statistics
      baicheng-2021, ROUTINE,         false,          review-chain-three-reviews
      baicheng-2021, POLICY,          false,          review-chain-three-reviews
      baicheng-2021, REPRINT,         false,          review-chain-three-reviews
      yakeshi,       MAJOR,           true,           review-chain-major
      yakeshi,       EMERGENCY,       true,           review-chain-emergency
      yakeshi,       STATISTICS,      true,           review-chain-statistics
      yakeshi,       ROUTINE,         false,          review-chain-three-reviews
      yakeshi,       POLICY,          false,          review-chain-three-reviews
      yakeshi,       REPRINT,         false,          review-chain-three-reviews
      henan-2019,    MAJOR,           true,           review-chain-major
      henan-2019,    EMERGENCY,       true,           review-chain-emergency
      henan-2019,    STATISTICS,      true,           review-chain-statistics
      henan-2019,    ROUTINE,         false,          review-chain-three-reviews
      henan-2019,    POLICY,          false,          review-chain-three-reviews
      henan-2019,    REPRINT,         false,          review-chain-three-reviews
      yanchi-2017,   MAJOR,           true,           review-chain-major
      yanchi-2017,   EMERGENCY,       true,           review-chain-emergency
      yanchi-2017,   STATISTICS,      true,           review-chain-statistics
      yanchi-2017,   ROUTINE,         false,          review-chain-three-reviews
      yanchi-2017,   POLICY,          false,          review-chain-three-reviews
      yanchi-2017,   REPRINT,         false,          review-chain-three-reviews
      gaoxian-2023,  MAJOR,           true,           review-chain-major
      gaoxian-2023,  EMERGENCY,       true,           review-chain-emergency
      gaoxian-2023,  STATISTICS,      true,           review-chain-statistics
      gaoxian-2023,  ROUTINE,         false,          review-chain-three-reviews
      gaoxian-2023,  POLICY,          false,          review-chain-three-reviews
      gaoxian-2023,  REPRINT,         false,          review-chain-three-reviews
      atlantis-2030, MAJOR,           true,           review-chain-major
      atlantis-2030, ROUTINE,         false,          review-chain-three-reviews
      null,          STATISTICS,      true,           review-chain-statistics
      null,          REPRINT,         false,          review-chain-three-reviews
      # unknown or missing category: fail-safe, the leader approves
      gaoxian-2023,  GOSSIP,          true,           review-chain-default
      baicheng-2021, null,            true,           review-chain-default
      null,          null,            true,           review-chain-default
      """)
  void leaderApprovalPerCategory(String ruleSet, String contentCategory, boolean leaderApproval, String row) {
    DmnDecisionRuleResult result = TABLE.evaluate(Variables.createVariables()
        .putValue("ruleSet", ruleSet)
        .putValue("contentCategory", contentCategory));

    assertThat(result.getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("leaderApproval", leaderApproval));
    assertThat(TABLE.lastRow()).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() {
    TABLE.assertNamedAnnotatedWithCatchAll("审核链 Review chain");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
