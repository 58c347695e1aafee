package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 准入 Admission to the register, where accounts enter it: POST /api/accounts (an existing account)
 * and the start of account-opening over /engine-rest (a new one). Each rule refuses its account 400
 * with a Chinese message citing the clause and writes nothing; a rule that holds "in principle"
 * admits the same account when an administrator records why (admissionReason), and the register
 * keeps the reason and who gave it; the same reason from an account admin is refused 403; an
 * account in a person's name is refused whoever gives a reason (henan 3(1): 严禁).
 */
class AccountAdmissionTest extends AccountTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final String REASON = "经县政务公开办研究同意，确因工作需要开设（2025年9月会议纪要）";

  /** One admission rule: how to break it on fresh data, the field it names, the clause it cites. */
  record Rule(String name, Consumer<Map<String, Object>> breakIt, boolean needsAnAccountBefore,
      String field, String clause, boolean reasonAdmits) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        new Rule("平台不在核准之列", d -> d.put("platform", "OTHER"), false, "platform", "牙克石办法第6条", true),
        new Rule("同一单位同一平台第二个账号", d -> { }, true, "platform",
            "一个单位在同一平台原则上只开设一个政务新媒体（河南通知第3部分第（1）项）", true),
        new Rule("县级政府部门（河南）", d -> {
          d.put("ruleSet", "henan-2019");
          d.put("unitLevel", "COUNTY_DEPARTMENT");
        }, false, "unitLevel", "县级政府部门及乡镇（街道）原则上不单独开设政务新媒体", true),
        new Rule("乡镇（河南）", d -> {
          d.put("ruleSet", "henan-2019");
          d.put("unitLevel", "TOWNSHIP");
        }, false, "unitLevel", "河南通知第3部分第（1）项", true),
        new Rule("白城非统一名称", d -> d.put("ruleSet", "baicheng-2021"), false, "name",
            "统一名称为“白城人社”或“白城12333”（白城办法第3条）", true),
        new Rule("以个人名义", d -> d.put("registeredAs", "PERSON"), false, "registeredAs",
            "严禁以个人名义开设政务新媒体（河南通知第3部分第（1）项）", false))
        .map(Arguments::of);
  }

  /** Fresh data breaking the rule; for the one-per-platform rule the unit already has a WECHAT account. */
  private Map<String, Object> broken(Rule rule) {
    Map<String, Object> data = accountData("gaoxian-2023");
    if (rule.needsAnAccountBefore()) {
      assertThat(create("owner1", new HashMap<>(data)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      data.put("name", unique("县人社局微信二号"));
    }
    rule.breakIt().accept(data);
    return data;
  }

  private ResponseEntity<Map<String, Object>> create(String user, Map<String, Object> body) {
    return as(user).exchange("/api/accounts", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private long accountsOf(Object unit) {
    return register.list(null, null, (String) unit, null).size();
  }

  // ------------------------------------------------------------------------ POST /api/accounts

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theRegisterRefusesEachRuleCitingItsClauseAndAnAdministratorsReasonAdmitsWhereTheRuleAllows(Rule rule) {
    Map<String, Object> data = broken(rule);
    Object unit = data.get("ownerUnit");
    long before = accountsOf(unit);

    ResponseEntity<Map<String, Object>> refused = create("owner1", data);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", rule.field());
    assertThat((String) refused.getBody().get("message")).contains(rule.clause()).doesNotContain("ENGINE-");
    assertThat(accountsOf(unit)).isEqualTo(before);

    Map<String, Object> withReason = new HashMap<>(data);
    withReason.put("admissionReason", REASON);
    ResponseEntity<Map<String, Object>> notAdmin = create("owner1", withReason);
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) notAdmin.getBody().get("message")).contains("只能由管理员记录");
    assertThat(accountsOf(unit)).isEqualTo(before);

    ResponseEntity<Map<String, Object>> admin = create("demo", withReason);
    if (rule.reasonAdmits()) {
      assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(admin.getBody()).containsEntry("status", "ACTIVE").containsEntry("admissionReason", REASON)
          .containsEntry("admissionReasonBy", "demo");
      Account stored = register.get(admin.getBody().get("id"));
      assertThat(stored.getAdmissionReason()).isEqualTo(REASON);
      assertThat(stored.getName()).isEqualTo(data.get("name"));
      assertThat(accountsOf(unit)).isEqualTo(before + 1);
    } else {
      assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) admin.getBody().get("message")).contains(rule.clause(), "记录理由也不能准入");
      assertThat(accountsOf(unit)).isEqualTo(before);
    }
  }

  @Test
  void accountsWithinTheRulesNeedNoReasonAndAClosedAccountLeavesItsPlatformFree() {
    Map<String, Object> baicheng = accountData("baicheng-2021");
    baicheng.put("name", "白城人社");
    assertThat(create("owner1", baicheng).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> douyin = new HashMap<>(baicheng);
    douyin.put("platform", "DOUYIN");
    douyin.put("name", "白城12333");
    assertThat(create("owner1", douyin).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> henan = accountData("henan-2019");
    henan.put("unitLevel", "GOVERNMENT");
    ResponseEntity<Map<String, Object>> government = create("owner1", henan);
    assertThat(government.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(government.getBody()).containsEntry("unitLevel", "GOVERNMENT").doesNotContainKey("admissionReason");

    register.changeStatus(government.getBody().get("id"), AccountStatus.CLOSED, "test", "注销");
    henan.put("name", unique("新账号"));
    assertThat(create("owner1", henan).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aPlatformOutsideTheListIsRefusedCitingTheClause() {
    Map<String, Object> data = accountData("gaoxian-2023");
    data.put("platform", "MYSPACE");
    ResponseEntity<Map<String, Object>> answer = create("demo", data);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "platform");
    assertThat((String) answer.getBody().get("message")).startsWith("平台“MYSPACE”不在核准的平台之列")
        .contains("牙克石办法第6条");
    assertThat(accountsOf(data.get("ownerUnit"))).isZero();
  }

  @Test
  void anUnknownUnitLevelOrRegistrantIsRefusedNamingTheField() {
    Map<String, Object> data = accountData("henan-2019");
    data.put("unitLevel", "PROVINCE_KING");
    ResponseEntity<Map<String, Object>> answer = create("owner1", data);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "unitLevel");
    assertThat((String) answer.getBody().get("message")).startsWith("字段 unitLevel");
    data.remove("unitLevel");
    data.put("registeredAs", "ROBOT");
    assertThat(create("owner1", data).getBody()).containsEntry("field", "registeredAs");
    assertThat(accountsOf(data.get("ownerUnit"))).isZero();
  }

  // ------------------------------------------------------------------------ account-opening

  private ResponseEntity<Map<String, Object>> startOpening(String user, Map<String, Object> data) {
    Map<String, Object> variables = new LinkedHashMap<>();
    data.forEach((key, value) -> variables.put(key, Map.of("value", value)));
    return as(user).exchange("/engine-rest/process-definition/key/account-opening/start", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
  }

  private long openings() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("account-opening")
        .count();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void anOpeningIsRefusedAtItsStartAndAnAdministratorsReasonTakesItThroughTheOpening(Rule rule) {
    clock("2025-09-26T10:00");
    Map<String, Object> data = broken(rule);
    Object unit = data.get("ownerUnit");
    long accountsBefore = accountsOf(unit);
    long openingsBefore = openings();

    ResponseEntity<Map<String, Object>> refused = startOpening("owner1", data);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains(rule.clause()).doesNotContain("ENGINE-");
    assertThat(accountsOf(unit)).isEqualTo(accountsBefore);
    assertThat(openings()).isEqualTo(openingsBefore);

    Map<String, Object> withReason = new HashMap<>(data);
    withReason.put("admissionReason", REASON);
    ResponseEntity<Map<String, Object>> notAdmin = startOpening("owner1", withReason);
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) notAdmin.getBody().get("message")).contains("只能由管理员记录");
    assertThat(accountsOf(unit)).isEqualTo(accountsBefore);
    assertThat(openings()).isEqualTo(openingsBefore);

    ResponseEntity<Map<String, Object>> admin = startOpening("demo", withReason);
    if (!rule.reasonAdmits()) {
      assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) admin.getBody().get("message")).contains(rule.clause());
      assertThat(accountsOf(unit)).isEqualTo(accountsBefore);
      assertThat(openings()).isEqualTo(openingsBefore);
      return;
    }
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance opening = runtime.createProcessInstanceQuery()
        .processInstanceId((String) admin.getBody().get("id")).singleResult();
    Account planned = reload(opening.getBusinessKey());
    assertThat(planned.getStatus()).isEqualTo(AccountStatus.PLANNED);
    assertThat(planned.getAdmissionReason()).isEqualTo(REASON);
    assertThat(planned.getAdmissionReasonBy()).isEqualTo("demo");

    complete(opening, "record-meeting", "owner1", "account-admins", Map.of("meetingDate", "2025-09-25",
        "necessity", "发布社保政策", "operations", "办公室专人运维", "risk", "舆情风险可控"));
    complete(opening, "approve-opening", "leader1", "main-leaders", Map.of("approved", "true", "comment", "同意"));
    Account opened = reload(opening.getBusinessKey());
    assertThat(opened.getStatus()).isEqualTo(AccountStatus.PENDING_FILING);
    assertThat(opened.getAdmissionReason()).isEqualTo(REASON);
  }
}
