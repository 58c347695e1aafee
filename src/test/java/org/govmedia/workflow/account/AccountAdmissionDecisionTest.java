package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.support.DecisionTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 准入 Account admission (dmn/account-admission.dmn) on the DMN engine alone: which rules refuse an
 * account, which field each names, whether an administrator's reason can admit it, and the clause
 * each refusal cites.
 */
class AccountAdmissionDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("account-admission");

  private static VariableMap inputs(String ruleSet, String platform, String registeredAs, String unitLevel,
      int onPlatform, String name) {
    return Variables.createVariables().putValue("ruleSet", ruleSet).putValue("platform", platform)
        .putValue("registeredAs", registeredAs).putValue("unitLevel", unitLevel)
        .putValue("unitAccountsOnPlatform", onPlatform).putValue("name", name);
  }

  /** The refusing rows: "field/reasonAdmits/clause words" each. */
  private static List<String> refusals(VariableMap inputs) {
    return TABLE.evaluateAll(inputs).getResultList().stream()
        .filter(row -> !((String) row.get("refusal")).isEmpty())
        .map(row -> row.get("field") + "/" + row.get("reasonAdmits")).toList();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} -> {6}")
  @CsvSource(nullValues = "null", textBlock = """
      gaoxian-2023,  WECHAT,  UNIT,   null,              0, 县人社局微信,  ''
      gaoxian-2023,  OTHER,   UNIT,   null,              0, 县人社局,      platform/true
      gaoxian-2023,  WEBSITE, PERSON, null,              0, 张三的号,      registeredAs/false
      gaoxian-2023,  WEIBO,   UNIT,   null,              1, 县人社局微博,  platform/true
      henan-2019,    WECHAT,  UNIT,   COUNTY_DEPARTMENT, 0, 县人社局,      unitLevel/true
      henan-2019,    DOUYIN,  UNIT,   TOWNSHIP,          0, 某镇发布,      unitLevel/true
      henan-2019,    DOUYIN,  UNIT,   GOVERNMENT,        0, 某县发布,      ''
      henan-2019,    WECHAT,  UNIT,   null,              0, 县人社局,      unitLevel/false
      gaoxian-2023,  DOUYIN,  UNIT,   TOWNSHIP,          0, 某镇发布,      ''
      baicheng-2021, WECHAT,  UNIT,   null,              0, 白城人社,      ''
      baicheng-2021, DOUYIN,  UNIT,   null,              0, 白城12333,     ''
      baicheng-2021, WECHAT,  UNIT,   null,              0, 白城市人社局,  name/true
      atlantis,      WECHAT,  UNIT,   null,              0, 县人社局,      ''
      """)
  void eachRuleRefusesItsCase(String ruleSet, String platform, String registeredAs, String unitLevel,
      int onPlatform, String name, String expected) {
    List<String> refusals = refusals(inputs(ruleSet, platform, registeredAs, unitLevel, onPlatform, name));
    assertThat(String.join(",", refusals)).isEqualTo(expected);
  }

  @Test
  void everyRuleThatBreaksIsNamedAtOnce() {
    assertThat(refusals(inputs("henan-2019", "OTHER", "PERSON", "TOWNSHIP", 2, "x")))
        .containsExactly("platform/true", "registeredAs/false", "platform/true", "unitLevel/true");
  }

  @Test
  void eachRefusalCitesItsClauseInChinese() {
    var rows = TABLE.evaluateAll(inputs("baicheng-2021", "OTHER", "PERSON", null, 1, "x")).getResultList();
    assertThat(rows).extracting(row -> (String) row.get("refusal")).contains(
        "该平台不在核准的平台之列：政务新媒体应当在国家主管部门核准的平台上设立并开展应用（牙克石办法第6条；盐池办法第8条）",
        "严禁以个人名义开设政务新媒体（河南通知第3部分第（1）项）：账号须以单位名义注册认证",
        "本单位在该平台已有账号：一个单位在同一平台原则上只开设一个政务新媒体（河南通知第3部分第（1）项）",
        "账号名称不是统一名称：白城市人社局官方政务新媒体统一名称为“白城人社”或“白城12333”（白城办法第3条）");
    assertThat(TABLE.evaluateAll(inputs("henan-2019", "WECHAT", "UNIT", "COUNTY_DEPARTMENT", 0, "x"))
        .getResultList()).extracting(row -> (String) row.get("refusal")).contains(
        "县级政府部门及乡镇（街道）原则上不单独开设政务新媒体，确因工作需要的，可按程序向本地主管单位报备后开设（河南通知第3部分第（1）项）");
  }

  @Test
  void theTableIsNamedAndEveryRowCitesItsClause() {
    TABLE.assertNamedAnnotatedWithCatchAll("账号准入 Account admission");
  }

  @AfterAll
  static void everyRowWasEvaluated() {
    TABLE.assertEveryRowWasEvaluated();
  }
}
