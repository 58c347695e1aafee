package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/reports/quarters/{quarter} and /api/reports/years/{year}: JSON, printable HTML and CSV,
 * built from the rounds, supervisions, status history and filings of one unit (a unique owner unit,
 * so other tests' data do not count); supervisors only; bad input 400.
 */
class ReportApiTest extends ReportingTestSupport {

  @Autowired ObjectMapper json;

  private ResponseEntity<String> get(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void theQuarterlyAndAnnualReportsOfAUnitInThreeFormats() throws Exception {
    String unit = unique("河南某县委宣传部");
    clock("2025-08-20T10:00");
    Account filed = account("henan-2019", unit);
    for (int i = 0; i < 3; i++) {
      account("henan-2019", unit);
    }
    // A change filed and confirmed on its day: on time.
    Map<String, Object> filing = new HashMap<>();
    filing.put("accountId", filed.getId().toString());
    filing.put("filingEvent", "CHANGE");
    filing.put("eventDate", "2025-08-20");
    ProcessInstance filingInstance = as("owner1", "account-admins",
        () -> runtime.startProcessInstanceByKey("account-filing", filing));
    submitAndConfirm(filingInstance, "api");

    clock("2025-09-01T03:00");
    Map<Long, ProcessInstance> supervisions = round("henan-2019", "2025-Q3", unit);
    assertThat(supervisions).hasSize(2);
    List<Long> ids = List.copyOf(supervisions.keySet());
    inspect(supervisions.get(ids.get(0)), true);
    inspect(supervisions.get(ids.get(1)), false);
    clock("2025-10-02T09:00");

    String quarterPath = "/api/reports/quarters/2025-Q3?ruleSet=henan-2019&ownerUnit=" + unit;
    ResponseEntity<String> quarter = get("supervisor1", quarterPath, null);
    assertThat(quarter.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = json.readTree(quarter.getBody());
    assertThat(report.get("deadlineDay").asText()).isEqualTo("2025-10-10");
    assertThat(report.get("deadline").asText()).startsWith("2025-10-10T23:59:59+08:00");
    assertThat(report.at("/totals/rounds").asInt()).isEqualTo(1);
    assertThat(report.at("/totals/inspected").asInt()).isEqualTo(2);
    assertThat(report.at("/totals/passed").asInt()).isEqualTo(1);
    assertThat(report.at("/totals/prominent").asInt()).isEqualTo(1);
    assertThat(report.at("/totals/actions/WARN").asInt()).isEqualTo(1);
    assertThat(report.get("lineCount").asInt()).isEqualTo(2);
    assertThat(report.get("accounts")).hasSize(2);
    assertThat(report.get("accounts").findValuesAsText("ownerUnit")).containsOnly(unit);

    ResponseEntity<String> html = get("supervisor1", quarterPath, "text/html");
    assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(html.getBody()).contains("2025年第三季度政务新媒体检查情况报告").contains(unit)
        .contains("合格率 Pass rate").contains("50.0%");
    ResponseEntity<String> csv = get("supervisor1", quarterPath + "&format=csv", null);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody().split("\r\n")).hasSize(3);
    assertThat(get("supervisor1", quarterPath, "text/csv").getBody()).isEqualTo(csv.getBody());

    String yearPath = "/api/reports/years/2025?ownerUnit=" + unit;
    JsonNode year = json.readTree(get("supervisor1", yearPath, null).getBody());
    assertThat(year.get("accounts")).hasSize(4);
    assertThat(year.get("units")).hasSize(1);
    JsonNode unitLine = year.get("units").get(0);
    assertThat(unitLine.get("ownerUnit").asText()).isEqualTo(unit);
    assertThat(unitLine.get("accounts").asInt()).isEqualTo(4);
    assertThat(unitLine.at("/figures/inspected").asInt()).isEqualTo(2);
    assertThat(unitLine.at("/figures/passed").asInt()).isEqualTo(1);
    assertThat(unitLine.at("/figures/warn").asInt()).isEqualTo(1);
    assertThat(unitLine.at("/figures/checked").asInt()).isEqualTo(2);
    assertThat(unitLine.at("/figures/updateCompliant").asInt()).isZero(); // no posts: silent
    assertThat(unitLine.at("/figures/filings").asInt()).isEqualTo(1);
    assertThat(unitLine.at("/figures/filingsOnTime").asInt()).isEqualTo(1);
    assertThat(unitLine.at("/replies/replies").asInt()).isZero();
    JsonNode warned = null;
    for (JsonNode account : year.get("accounts")) {
      if (account.get("accountId").asLong() == ids.get(0)) {
        warned = account;
      }
    }
    assertThat(warned).isNotNull();
    assertThat(warned.get("highestStep").asText()).isEqualTo("WARNED");
    assertThat(warned.at("/figures/prominent").asInt()).isEqualTo(1);

    assertThat(get("supervisor1", yearPath, "text/html").getBody()).contains("2025年度政务新媒体考核评价").contains(unit);
    String yearCsv = get("supervisor1", yearPath + "&format=csv", null).getBody();
    assertThat(yearCsv.split("\r\n")).hasSize(5);
    assertThat(yearCsv).contains(filed.getName());
    // The whole register of a rule set answers too (other tests' accounts included).
    assertThat(get("supervisor1", "/api/reports/years/2025?ruleSet=henan-2019", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlySupervisorsReadReportsAndBadInputIsA400NamingTheField() {
    assertThat(get("editor1", "/api/reports/quarters/2025-Q3?ruleSet=henan-2019", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("owner1", "/api/reports/years/2025", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badQuarter = get("supervisor1", "/api/reports/quarters/2025-Q7?ruleSet=henan-2019", null);
    assertThat(badQuarter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badQuarter.getBody()).contains("quarter");
    ResponseEntity<String> badRuleSet = get("supervisor1", "/api/reports/quarters/2025-Q3?ruleSet=nowhere", null);
    assertThat(badRuleSet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badRuleSet.getBody()).contains("ruleSet");
    ResponseEntity<String> badYear = get("supervisor1", "/api/reports/years/twenty", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("year");
  }
}
