package org.govmedia.workflow.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.govmedia.workflow.account.AccountTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A duty period over, in the year 9999 or more than two years ahead, a name with a control
 * character or an object for a name: each would start a holiday-duty process that waits for
 * years or never runs. Refused 400 naming the field, over REST and on a start through the
 * engine alike, and no process is started.
 */
class DutyPeriodAttackTest extends AccountTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  private long dutyInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("holiday-duty").count();
  }

  @ParameterizedTest(name = "{0}: {1}..{2} -> {3}")
  @CsvSource(textBlock = """
      over,               2026-01-20, 2026-01-31, to
      over long ago,      1900-01-01, 1900-01-05, from
      year 9999,          9999-12-01, 9999-12-08, from
      three years ahead,  2029-02-03, 2029-02-05, from
      year zero,          0000-01-01, 0000-01-03, from
      """)
  void aPeriodInThePastOrFarAheadIsRefusedAndStartsNothing(String attack, String from, String to,
      String field) {
    clock("2026-02-02T10:00");
    String name = unique("值班-" + attack);
    long before = dutyInstances();

    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", name, "from", from, "to", to)), JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).matches("^[^A-Za-z]*[\\u4e00-\\u9fff](?s).*");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("holiday-duty",
        Map.of("periodName", name, "periodStart", from, "periodEnd", to)))
        // the refusal names the field as the start form labels it (开始日期 / 结束日期)
        .hasMessageMatching("^(开始日期|结束日期)：(?s).*");
    assertThat(dutyInstances()).isEqualTo(before);
  }

  @ParameterizedTest(name = "name {0}")
  @CsvSource(textBlock = """
      NUL
      bidi override
      object
      """)
  void aNameThatIsNotAPlainTextIsRefused(String attack) {
    clock("2026-02-02T10:00");
    Object name = switch (attack) {
      case "NUL" -> "全国\u0000两会";
      case "bidi override" -> "全国\u202e两会";
      default -> Map.of("zh", "全国两会");
    };
    long before = dutyInstances();

    ResponseEntity<Map<String, Object>> answer = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", name, "from", "2026-03-04", "to", "2026-03-11")),
        JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "name");
    assertThat(dutyInstances()).isEqualTo(before);
  }
}
