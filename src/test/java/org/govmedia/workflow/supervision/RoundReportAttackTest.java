package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/reports/rounds/{id} for a round that does not exist, in each of its formats: a 404 in
 * Chinese naming the id (it answered "no inspection round 999999999" in English only), as the
 * publication of the same round answers.
 */
class RoundReportAttackTest extends IntegrationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"999999999", "-1", "0", "999999999?format=docx", "999999999?format=xlsx",
      "999999999?format=csv"})
  void anUnknownRoundIsAChinese404NamingTheId(String idAndFormat) {
    String id = idAndFormat.replaceAll("\\?.*", "");
    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange("/api/reports/rounds/" + idAndFormat,
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).containsEntry("field", "id");
    assertThat((String) answer.getBody().get("message")).startsWith("没有编号为 " + id + " 的检查轮次");
  }
}
