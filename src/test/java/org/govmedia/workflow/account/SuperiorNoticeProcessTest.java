package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** yanchi annex 2 art. 22: a closing approved by the main leader is copied to the superior unit (抄告上级单位). */
class SuperiorNoticeProcessTest extends AccountTestSupport {

  @Autowired JdbcTemplate jdbc;

  private ProcessInstance startClosing(Account account) {
    engine.getIdentityService().setAuthentication("owner1", List.of("account-admins"));
    try {
      return runtime.startProcessInstanceByKey("account-closing", Map.of(
          "accountId", account.getId().toString(), "closingReason", "机构调整，账号停止运营"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<Map<String, Object>> notices(Account account) {
    return jdbc.queryForList("select superior_unit, informed_on, notice_reference, recorded_by"
        + " from gm_superior_notice where account_id = ?", account.getId());
  }

  @Test
  void aYanchiClosingInformsTheSuperiorUnitBeforeTheAnnouncementAndRecordsIt() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("yanchi-2017");
    ProcessInstance closing = startClosing(account);
    complete(closing, "approve-closing", "leader1", "main-leaders", Map.of("approved", "true"));

    assertThat(closing).isWaitingAt("inform-superior").task().hasCandidateGroup("account-admins");
    assertThatThrownBy(() -> complete(closing, "inform-superior", "owner1", "account-admins",
        Map.of("superiorInformedOn", "2025-09-26")))
        .hasMessageContaining("superiorUnit").hasMessageContaining("上级单位");
    assertThatThrownBy(() -> complete(closing, "inform-superior", "owner1", "account-admins",
        Map.of("superiorUnit", "盐池县人民政府办公室", "superiorInformedOn", "2025-09-27")))
        .hasMessageContaining("superiorInformedOn").hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> complete(closing, "inform-superior", "owner1", "account-admins",
        Map.of("superiorUnit", "盐池县人民政府办公室", "superiorInformedOn", "九月")))
        .hasMessageContaining("superiorInformedOn");
    assertThat(notices(account)).isEmpty();
    assertThat(closing).isWaitingAt("inform-superior");

    complete(closing, "inform-superior", "owner1", "account-admins", Map.of(
        "superiorUnit", " 盐池县人民政府办公室 ", "superiorInformedOn", "2025-09-26",
        "superiorNoticeReference", "盐政办抄〔2025〕3号"));
    assertThat(notices(account)).singleElement().satisfies(row -> {
      assertThat(row.get("superior_unit")).isEqualTo("盐池县人民政府办公室");
      assertThat(row.get("informed_on").toString()).isEqualTo("2025-09-26");
      assertThat(row.get("notice_reference")).isEqualTo("盐政办抄〔2025〕3号");
      assertThat(row.get("recorded_by")).isEqualTo("owner1");
    });
    assertThat(closing).isWaitingAt("announce-closure");
    complete(closing, "announce-closure", "owner1", "account-admins",
        Map.of("announcementText", "本账号将于近日停止更新", "announcedOn", "2025-09-26"));
    complete(closing, "deregister", "owner1", "account-admins", Map.of("deregisteredOn", "2025-09-26"));
    management.executeJob(job(closing, "close-account").getId()); // asyncBefore: checks the approval
    assertThat(closing).isWaitingAt("file-closing")
        .hasPassedInOrder("approve-closing", "inform-superior", "announce-closure", "deregister");
  }

  @Test
  void anotherRuleSetsClosingHasNoSuperiorNoticeStep() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("henan-2019");
    ProcessInstance closing = startClosing(account);
    complete(closing, "approve-closing", "leader1", "main-leaders", Map.of("approved", "true"));
    assertThat(closing).isWaitingAt("announce-closure").hasNotPassed("inform-superior");
    assertThat(notices(account)).isEmpty();
  }
}
