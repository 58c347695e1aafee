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

/** A quarter of year 0 (or 9999) asked of the report: 400 naming the quarter, never a 500. */
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
}
