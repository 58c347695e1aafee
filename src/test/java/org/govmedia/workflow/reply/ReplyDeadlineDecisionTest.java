package org.govmedia.workflow.reply;

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
 * 答复期限 Reply deadline (dmn/reply-deadline.dmn): the reply deadline and the reminder day, both in
 * working days after receipt, for every rule set of RULES.md, the catch-all for an unknown or missing
 * rule set, and which row (with its clause) answered.
 */
class ReplyDeadlineDecisionTest {

  private static final String KEY = "reply-deadline";
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
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ruleSet", ruleSet)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "replyWorkingDays", replyWorkingDays,
        "reminderWorkingDays", reminderWorkingDays));
    assertThat(lastRuleId).as("row that answered").isEqualTo(row);
  }

  @Test
  void theReminderFallsBeforeTheDeadline() {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ruleSet", "baicheng-2021")).getSingleResult();

    assertThat((Integer) result.getEntry("reminderWorkingDays"))
        .isEqualTo((Integer) result.getEntry("replyWorkingDays") - 2);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() throws Exception {
    Decision modelDecision = modelDecision();
    assertThat(modelDecision.getName()).isEqualTo("答复期限 Reply deadline");
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
    InputStream in = ReplyDeadlineDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
    return in;
  }
}
