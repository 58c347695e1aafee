package org.govmedia.workflow.supervision;

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
 * 更新频率 Update frequency (dmn/update-frequency.dmn): the minimum updates per window (number and
 * unit) and the minimum original items per window for every rule set of RULES.md §4 and every account
 * class, the catch-all for an unknown or missing rule set, and which row (with its clause) answered.
 */
class UpdateFrequencyDecisionTest {

  private static final String KEY = "update-frequency";
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
      yakeshi,       MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yakeshi,       TWO_MICRO_ONE_APP, 1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yakeshi,       OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yanchi-2017,   MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yanchi-2017,   TWO_MICRO_ONE_APP, 1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      yanchi-2017,   OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      atlantis-2030, MAIN,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      null,          OTHER,             1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      null,          null,              1,          14,           CALENDAR_DAYS, 0,            0,                   update-frequency-default
      """)
  void minimumPerRuleSetAndAccountClass(String ruleSet, String accountClass, int minUpdates, int windowAmount,
      String windowUnit, int minOriginals, int originalsWindowDays, String row) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ruleSet", ruleSet)
        .putValue("accountClass", accountClass)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "minUpdates", minUpdates,
        "windowAmount", windowAmount,
        "windowUnit", windowUnit,
        "minOriginals", minOriginals,
        "originalsWindowDays", originalsWindowDays));
    assertThat(lastRuleId).as("row that answered").isEqualTo(row);
  }

  @Test
  void everyRowCitesItsClauseAndTheLastIsAnAnnotatedCatchAll() throws Exception {
    Decision modelDecision = modelDecision();
    assertThat(modelDecision.getName()).isEqualTo("更新频率 Update frequency");
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
    InputStream in = UpdateFrequencyDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
    return in;
  }
}
