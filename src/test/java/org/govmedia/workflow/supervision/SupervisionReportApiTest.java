package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** GET /api/reports/rounds/{id} as JSON, HTML and CSV; GET /api/accounts/{id}/ladder; who may read them. */
class SupervisionReportApiTest extends SupervisionTestSupport {

  @Autowired ObjectMapper json;

  /** A reported round of two accounts of a unique unit: one warned, one without action. */
  private long reportedRound(List<Account> accounts) {
    clock("2025-11-10T10:00");
    String unit = unique("高县<教育局>");
    accounts.add(account("gaoxian-2023", "OTHER", unit));
    accounts.add(account("gaoxian-2023", "OTHER", unit));
    dailyPosts(accounts.get(1), "2025-10-27", "2025-11-09", true);
    ProcessInstance round = startRound("gaoxian-2023", "2025-11", unit, null);
    executeJobs(round, 5);
    long roundId = (Long) var(round, "roundId");
    Map<Long, ProcessInstance> supervisions = supervisionsOf(roundId);
    inspect(supervisions.get(accounts.get(0).getId()), true, "两周未更新, \"严重\"");
    inspect(supervisions.get(accounts.get(1).getId()), false, "");
    executeJobs(round, 1);
    return roundId;
  }

  private ResponseEntity<String> get(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    var client = user == null ? rest : as(user);
    return client.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void theRoundReportAsJsonHtmlAndCsv() throws Exception {
    List<Account> accounts = new java.util.ArrayList<>();
    long roundId = reportedRound(accounts);

    ResponseEntity<String> asJson = get("supervisor1", "/reports/rounds/" + roundId, null);
    assertThat(asJson.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asJson.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode report = json.readTree(asJson.getBody());
    assertThat(report.at("/round/status").asText()).isEqualTo("REPORTED");
    assertThat(report.at("/round/accountCount").asInt()).isEqualTo(2);
    assertThat(report.at("/actions/WARN").asInt()).isEqualTo(1);
    assertThat(report.get("accounts")).hasSize(2);
    assertThat(report.get("accounts").findValuesAsText("escalationAction")).containsExactlyInAnyOrder("WARN", "NONE");
    assertThat(report.get("accounts").get(0).get("automatedFindings").asText()).contains("无任何更新");

    ResponseEntity<String> asHtml = get("supervisor1", "/reports/rounds/" + roundId, "text/html");
    assertThat(asHtml.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(asHtml.getBody()).contains("<html lang=\"zh-CN\"").contains("检查情况的通报").contains("2025-11")
        .contains(accounts.get(0).getName()).contains("提醒").contains("无需处置").doesNotContain("Warn")
        .contains("&lt;教育局&gt;")
        .doesNotContain("<教育局>");

    ResponseEntity<String> asCsv = get("demo", "/reports/rounds/" + roundId, "text/csv");
    assertThat(asCsv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String[] lines = asCsv.getBody().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("处置 Action");
    assertThat(asCsv.getBody()).contains("\"两周未更新, \"\"严重\"\"\"").contains("\"WARN\"");

    ResponseEntity<String> byParameter = get("supervisor1", "/reports/rounds/" + roundId + "?format=csv", null);
    assertThat(byParameter.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(byParameter.getBody()).isEqualTo(asCsv.getBody());
  }

  @Test
  void theLadderShowsEverySupervisionOfTheAccount() throws Exception {
    clock("2025-10-10T10:00");
    Account account = account("gaoxian-2023", "OTHER", null);
    ProcessInstance first = supervise(account, "2025-10");
    inspect(first, true, "第一次");
    rectify(first);
    clock("2025-11-10T10:00");
    ProcessInstance second = supervise(account, "2025-11");
    inspect(second, true, "第二次");

    ResponseEntity<String> response = get("owner1", "/accounts/" + account.getId() + "/ladder", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode ladder = json.readTree(response.getBody());
    assertThat(ladder.get("status").asText()).isEqualTo("REPORTED");
    assertThat(ladder.get("supervisions")).hasSize(2);
    assertThat(ladder.at("/supervisions/0/period").asText()).isEqualTo("2025-10");
    assertThat(ladder.at("/supervisions/0/action").asText()).isEqualTo("WARN");
    assertThat(ladder.at("/supervisions/0/findings").asText()).isEqualTo("第一次");
    assertThat(ladder.at("/supervisions/1/action").asText()).isEqualTo("REPORT");
    assertThat(ladder.at("/supervisions/1/problemCount").asInt()).isEqualTo(2);
    assertThat(ladder.at("/supervisions/1/decidedAt").isMissingNode()).isFalse();
    assertThat(ladder.get("statusHistory").findValuesAsText("to")).containsSubsequence("ACTIVE", "WARNED", "REPORTED");

    assertThat(get("supervisor1", "/accounts/" + account.getId() + "/ladder", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> unknown = get("supervisor1", "/accounts/999999999/ladder", null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("台账中没有编号为 999999999 的账号");
    ResponseEntity<String> noHandovers = get("supervisor1", "/handovers/999999999", null);
    assertThat(noHandovers.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noHandovers.getBody()).contains("台账中没有编号为 999999999 的账号");
  }

  @Test
  void wrongCallersAreRefused() {
    List<Account> accounts = new java.util.ArrayList<>();
    long roundId = reportedRound(accounts);
    assertThat(get(null, "/reports/rounds/" + roundId, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // An unknown user (a wrong password of a demo user would lock it for a while: Camunda's login delay).
    assertThat(rest.withBasicAuth(unique("nobody"), "wrong").getForEntity("/api/reports/rounds/" + roundId,
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("owner1", "/reports/rounds/" + roundId, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("editor1", "/reports/rounds/" + roundId, "text/csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("supervisor1", "/reports/rounds/987654321", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    String ladder = "/accounts/" + accounts.get(0).getId() + "/ladder";
    assertThat(get(null, ladder, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("editor1", ladder, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("leader1", ladder, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
