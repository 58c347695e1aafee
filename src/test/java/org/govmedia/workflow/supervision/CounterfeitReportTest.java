package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** henan 6(2): a counterfeit account found is recorded and reported to the cyberspace office. */
class CounterfeitReportTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private static Map<String, Object> finding() {
    Map<String, Object> body = new HashMap<>();
    body.put("platform", "WEIBO");
    body.put("counterfeitName", "白城人社服务号");
    body.put("counterfeitLink", "https://weibo.com/fake-baicheng");
    body.put("foundOn", "2025-09-25");
    body.put("description", "冒用本局名称发布招聘信息");
    return body;
  }

  private long count(String unit) {
    return jdbc.queryForObject("select count(*) from gm_counterfeit_report where owner_unit = ?", Long.class, unit);
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("counterfeit-report").count();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSupervisorReportsACounterfeitAndTheUnitReportsItToTheCyberspaceOffice() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2025-09-26 10:00:00"));
    String unit = "白城市人社局-" + System.nanoTime();
    ResponseEntity<Map> created = as("supervisor1").postForEntity(
        "/api/units/{unit}/counterfeit-reports", finding(), Map.class, unit);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> report = created.getBody();
    assertThat(report).containsEntry("ownerUnit", unit).containsEntry("counterfeitName", "白城人社服务号")
        .containsEntry("foundOn", "2025-09-25").containsEntry("foundBy", "supervisor1")
        .containsEntry("reportedTo", null);

    String instanceId = (String) report.get("processInstanceId");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("report-to-cyberspace-office").singleResult();
    assertThat(task).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("account-admins")
        .count()).isEqualTo(1);

    engine.getIdentityService().setAuthentication("owner1", List.of("account-admins"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("reportedOn", "2025-09-26")))
          .hasMessageContaining("reportedTo").hasMessageContaining("报送部门");
      assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
          Map.of("reportedTo", "市委网信办", "reportedOn", "2025-09-24")))
          .hasMessageContaining("reportedOn").hasMessageContaining("早于发现日期");
      engine.getTaskService().complete(task.getId(), Map.of("reportedTo", "市委网信办", "reportedOn", "2025-09-26",
          "reportReference", "白人社函〔2025〕8号"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Map<String, Object> after = (Map<String, Object>) as("supervisor1")
        .getForObject("/api/units/{unit}/counterfeit-reports", List.class, unit).get(0);
    assertThat(after).containsEntry("reportedTo", "市委网信办").containsEntry("reportedOn", "2025-09-26")
        .containsEntry("reportReference", "白人社函〔2025〕8号").containsEntry("reportedBy", "owner1");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBadReportIsRefusedNamingTheFieldAndNothingIsWritten() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2025-09-26 10:00:00"));
    String unit = "白城市人社局-" + System.nanoTime();
    long before = instances();
    Object[][] cases = {{"platform", "MYSPACE", "平台"}, {"counterfeitName", " ", "假冒账号名称"},
        {"foundOn", "2025-09-27", "不能晚于今天"}, {"foundOn", "昨天", "发现日期"},
        {"impersonatedAccountId", "999999999", "被假冒账号"}, {"counterfeitName", "名".repeat(101), "不得超过"}};
    for (Object[] bad : cases) {
      Map<String, Object> body = finding();
      body.put((String) bad[0], bad[1]);
      ResponseEntity<Map> refused = as("supervisor1").postForEntity(
          "/api/units/{unit}/counterfeit-reports", body, Map.class, unit);
      assertThat(refused.getStatusCode()).as(bad[0] + "=" + bad[1]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("field", bad[0]);
      assertThat((String) refused.getBody().get("message")).contains((String) bad[2]).doesNotContain("ENGINE-");
    }
    ResponseEntity<Map> editor = as("editor1").postForEntity(
        "/api/units/{unit}/counterfeit-reports", finding(), Map.class, unit);
    assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count(unit)).isZero();
    assertThat(instances()).isEqualTo(before);
  }
}
