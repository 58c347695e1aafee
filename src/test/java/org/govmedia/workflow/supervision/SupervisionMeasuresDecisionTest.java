package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.Test;

/**
 * 处置措施 Supervision measures (dmn/supervision-measures.dmn, DMN engine alone): the measures a
 * supervisor picks from when escalation-step answers DISCRETION, one row per measure with its clause.
 */
class SupervisionMeasuresDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("supervision-measures");

  private static List<Map<String, Object>> measures(String ruleSet) {
    return TABLE.evaluateAll(Variables.createVariables().putValue("ruleSet", ruleSet)).getResultList();
  }

  @Test
  void yakeshiOffersTheFiveMeasuresOfArticle20() {
    assertThat(measures("yakeshi")).extracting(row -> row.get("measure") + " " + row.get("measureLabel"))
        .containsExactly("DELETE 责令删除", "INTERVIEW 约谈", "WARN 警告", "REPORT 通报", "SHUTDOWN 责令关闭");
    assertThat(TABLE.rowDescriptions().subList(0, 5)).allSatisfy(d -> assertThat(d)
        .startsWith("yakeshi art. 20: 市委网信办可以采取责令删除、约谈、警告、通报或者责令关闭等措施进行处置"));
  }

  @Test
  void anyOtherRuleSetGetsTheFourStepsOfGaoxianAsApplicationDefault() {
    for (String ruleSet : new String[] {"gaoxian-2023", "henan-2019", "atlantis", null}) {
      assertThat(measures(ruleSet)).as(String.valueOf(ruleSet)).extracting(row -> row.get("measure"))
          .containsExactly("WARN", "REPORT", "INTERVIEW", "SHUTDOWN");
    }
    assertThat(TABLE.rowDescriptions().subList(5, 9)).allSatisfy(d -> assertThat(d)
        .contains("gaoxian 1").contains("application default"));
  }
}
