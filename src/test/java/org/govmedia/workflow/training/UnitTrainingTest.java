package org.govmedia.workflow.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** henan 7(2): 每年要至少组织一次业务培训: trainings recorded per unit, the yearly check flags a unit without. */
class UnitTrainingTest extends IntegrationTest {

  @Autowired AccountRegister register;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2025-12-15 10:00:00"));
  }

  private String unitWithAccount(String ruleSet) {
    Map<String, Object> data = AccountTestSupport.accountData(ruleSet);
    register.registerExisting(new AccountValidator().account(data, null), "test");
    return (String) data.get("ownerUnit");
  }

  private static Map<String, Object> training(String day) {
    Map<String, Object> body = new HashMap<>();
    body.put("trainedOn", day);
    body.put("title", "政务新媒体运维业务培训");
    body.put("participants", 25);
    body.put("organizer", "县政府办公室");
    return body;
  }

  private long rows(String unit) {
    return jdbc.queryForObject("select count(*) from gm_unit_training where owner_unit = ?", Long.class, unit);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aHenanUnitWithoutATrainingInTheYearIsFlaggedAndOneWithATrainingIsNot() {
    String trained = unitWithAccount("henan-2019");
    String untrained = unitWithAccount("henan-2019");
    String lastYearOnly = unitWithAccount("henan-2019");

    ResponseEntity<Map> created = as("supervisor1").postForEntity("/api/units/{u}/trainings",
        training("2025-06-18"), Map.class, trained);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("ownerUnit", trained).containsEntry("trainedOn", "2025-06-18")
        .containsEntry("participants", 25).containsEntry("recordedBy", "supervisor1");
    assertThat(as("supervisor1").postForEntity("/api/units/{u}/trainings", training("2024-11-05"), Map.class,
        lastYearOnly).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> check = as("supervisor1").getForObject(
        "/api/reports/years/2025/trainings?ruleSet=henan-2019", Map.class);
    assertThat(check).containsEntry("minTrainingsPerYear", 1).containsEntry("clause", "henan 7(2)");
    List<String> below = (List<String>) check.get("unitsBelowMinimum");
    assertThat(below).contains(untrained, lastYearOnly).doesNotContain(trained);
    Map<String, Object> line = ((List<Map<String, Object>>) check.get("units")).stream()
        .filter(u -> trained.equals(u.get("ownerUnit"))).findFirst().orElseThrow();
    assertThat(line).containsEntry("trainings", 1).containsEntry("belowMinimum", false);

    // The same year a year earlier: the unit that trained in 2024 passes, the others do not.
    Map<String, Object> earlier = as("supervisor1").getForObject(
        "/api/reports/years/2024/trainings?ruleSet=henan-2019&ownerUnit={u}", Map.class, lastYearOnly);
    assertThat((List<String>) earlier.get("unitsBelowMinimum")).isEmpty();

    List<Map<String, Object>> listed = as("supervisor1").getForObject("/api/units/{u}/trainings?year=2025",
        List.class, trained);
    assertThat(listed).singleElement().satisfies(t -> assertThat(t).containsEntry("title", "政务新媒体运维业务培训"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRuleSetWithoutANumberFlagsNoUnit() {
    String unit = unitWithAccount("gaoxian-2023");
    Map<String, Object> check = as("supervisor1").getForObject(
        "/api/reports/years/2025/trainings?ruleSet=gaoxian-2023&ownerUnit={u}", Map.class, unit);
    assertThat(check).containsEntry("minTrainingsPerYear", 0);
    assertThat((String) check.get("clause")).contains("application default");
    assertThat((List<String>) check.get("unitsBelowMinimum")).isEmpty();
  }

  @Test
  void aBadTrainingIsRefusedNamingTheFieldAndNothingIsWritten() {
    String unit = unitWithAccount("henan-2019");
    Object[][] cases = {{"trainedOn", null, "培训日期"}, {"trainedOn", "2025-12-16", "不能晚于今天"},
        {"trainedOn", "上周", "yyyy-MM-dd"}, {"title", " ", "培训名称"}, {"participants", 0, "正整数"},
        {"participants", "二十", "正整数"}, {"organizer", "单".repeat(201), "不得超过"}};
    for (Object[] bad : cases) {
      Map<String, Object> body = training("2025-06-18");
      body.put((String) bad[0], bad[1]);
      ResponseEntity<Map> refused = as("supervisor1").postForEntity("/api/units/{u}/trainings", body, Map.class,
          unit);
      assertThat(refused.getStatusCode()).as(bad[0] + "=" + bad[1]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("field", bad[0]);
      assertThat((String) refused.getBody().get("message")).contains((String) bad[2]);
    }
    assertThat(as("editor1").postForEntity("/api/units/{u}/trainings", training("2025-06-18"), Map.class, unit)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> noRuleSet = as("supervisor1").getForEntity("/api/reports/years/2025/trainings", Map.class);
    assertThat(noRuleSet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noRuleSet.getBody()).containsEntry("field", "ruleSet");
    assertThat(rows(unit)).isZero();
  }
}
