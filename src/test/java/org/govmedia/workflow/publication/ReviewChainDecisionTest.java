package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 审核链 Review chain (dmn/review-chain.dmn): whether a content item needs the leader's approval on
 * top of the three reviews, for every category under every rule set of RULES.md, the catch-all for an
 * unknown rule set or category, and which row (with its clause) answered.
 */
class ReviewChainDecisionTest {

  private static final String KEY = "review-chain";
  private static final String RESOURCE = "dmn/" + KEY + ".dmn";

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static final Set<String> rulesHit = new HashSet<>();
  private static String lastRuleId;

  @BeforeAll
  static void parseDecision() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      lastRuleId = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId();
      rulesHit.add(lastRuleId);
    }));
    engine = configuration.buildEngine();
    try (InputStream in = resource()) {
      decision = engine.parseDecision(KEY, in);
    }
  }

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
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ruleSet", ruleSet)
        .putValue("contentCategory", contentCategory)).getSingleResult();

    assertThat(result.getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("leaderApproval", leaderApproval));
    assertThat(lastRuleId).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() throws Exception {
    Decision modelDecision = modelDecision();
    assertThat(modelDecision.getName()).isEqualTo("审核链 Review chain");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    List<Rule> rules = new ArrayList<>(modelDecision.getModelInstance().getModelElementsByType(Rule.class));
    assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull()
        .extracting(d -> d.getTextContent()).asString().isNotBlank());
    Rule last = rules.get(rules.size() - 1);
    assertThat(last.getInputEntries()).allSatisfy(entry -> assertThat(entry.getTextContent()).isEqualTo("-"));
    assertThat(last.getDescription().getTextContent()).contains("application default");
  }

  @AfterAll
  static void everyRowWasEvaluated() throws Exception {
    Set<String> allRows = modelDecision().getModelInstance().getModelElementsByType(Rule.class).stream()
        .map(Rule::getId).collect(Collectors.toSet());
    assertThat(rulesHit).containsAll(allRows);
  }

  private static Decision modelDecision() throws Exception {
    try (InputStream in = resource()) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      return model.getModelElementById(KEY);
    }
  }

  private static InputStream resource() {
    InputStream in = ReviewChainDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
    return in;
  }
}
