package org.govmedia.workflow.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 值班表提前期 duty-roster-lead.dmn with the DMN engine alone: every rule set (and an unknown or
 * missing one) gets a number, no seed gives one (gaoxian 2(2) names no lead time), so every row is
 * annotated as an application default with its clause.
 */
class DutyRosterLeadDecisionTest {

  private static final String RESOURCE = "dmn/duty-roster-lead.dmn";
  private static DmnEngine engine;
  private static DmnDecision decision;
  private static String lastRuleId;

  @BeforeAll
  static void parseDecision() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event ->
        lastRuleId = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId()));
    engine = configuration.buildEngine();
    try (InputStream in = resource()) {
      decision = engine.parseDecision("duty-roster-lead", in);
    }
  }

  private static InputStream resource() {
    return DutyRosterLeadDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
  }

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
    Object result = engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("ruleSet", ruleSet)).getSingleResult()
        .getSingleEntry();
    assertThat(result).isEqualTo(days);
    assertThat(lastRuleId).isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndSaysItIsAnApplicationDefault() throws Exception {
    try (InputStream in = resource()) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      var rules = model.getModelElementsByType(Rule.class);
      assertThat(rules).isNotEmpty();
      for (Rule rule : rules) {
        String text = rule.getDescription().getTextContent();
        assertThat(text).as(rule.getId()).contains("gaoxian 2(2)").contains("application default");
      }
    }
  }
}
