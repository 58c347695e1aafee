package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A quarter of year 0 (or 9999), or an owner unit no unit has, asked of the report: 400 naming the
 * field, never a 500.
 */
class QuarterAttackTest extends IntegrationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0000-Q1", "9999-Q4", "1948-Q4", "2101-Q1"})
  void aQuarterOutside1949To2100IsRefused(String quarter) {
    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange(
        "/api/reports/quarters/" + quarter + "?ruleSet=henan-2019", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "quarter");
    assertThat((String) answer.getBody().get("message")).startsWith("季度").doesNotContain("SQL");
  }

  /**
   * An owner unit with a control character or longer than any unit, asked of the report in each
   * format: 400 naming ownerUnit, as the overdue list answers (the unit was echoed in the JSON,
   * the page and the xlsx as sent).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ownerUnit=a%01b", "ownerUnit=a%01b&format=xlsx", "ownerUnit=a%E2%80%AEb&format=html",
      "ownerUnit=LONG", "ownerUnit=LONG&format=csv"})
  void anOwnerUnitWithAControlCharacterOrTooLongIsRefused(String query) {
    String sent = query.replace("LONG", "%E5%8D%95".repeat(201));
    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange(java.net.URI.create(
        "http://localhost:" + port + "/api/reports/quarters/2025-Q3?ruleSet=henan-2019&" + sent),
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "ownerUnit");
    assertThat((String) answer.getBody().get("message")).startsWith("字段 ownerUnit ")
        .containsAnyOf("控制字符", "超过 200 个字符");
  }

  /** A format no report has (pdf, or a word of gibberish) is refused naming it, not answered as JSON. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/reports/quarters/2025-Q3?ruleSet=henan-2019&format=pdf",
      "/api/reports/quarters/2025-Q3?ruleSet=henan-2019&format=%3Cscript%3E"})
  void aFormatNoReportHasIsRefused(String path) {
    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange(java.net.URI.create(
        "http://localhost:" + port + path), HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "format");
    assertThat((String) answer.getBody().get("message")).startsWith("格式 format 应为");
  }
}
