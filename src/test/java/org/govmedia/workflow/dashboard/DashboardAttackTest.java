package org.govmedia.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a supervisor can put in the query of a dashboard list (GET /api/dashboard/list): a month or
 * day of year 999,999,999 (java.time reads it, the month after it overflowed into a 500), of year
 * 0, a unit of a thousand characters or with a control character. Each is a 400 naming the field
 * in Chinese; the list is read-only, so nothing else can change.
 */
class DashboardAttackTest extends IntegrationTest {

  @Autowired ObjectMapper json;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "kind=replies&month=%2B999999999-12 | month | 月份",
      "kind=replies&month=%2B10000-01     | month | 月份",
      "kind=replies&month=0000-01         | month | 月份",
      "kind=replies&month=-0001-01        | month | 月份",
      "kind=findings&round=1&day=%2B999999999-12-31 | day | 日期",
      "kind=findings&round=1&day=0001-01-01 | day | 日期",
      "kind=overdue&unit=a%01b            | unit | 控制字符",
      "kind=accounts&status=ACTIVE%E2%80%AE | status | 控制字符"})
  void anAbsurdValueIsAChinese400NamingTheField(String query, String field, String words) throws Exception {
    ResponseEntity<Map<String, Object>> answer = list(query);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).contains(words).doesNotContain("Exception");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"unit", "process", "status"})
  void aThousandCharacterTextIsRefusedBeforeItReachesTheDatabase(String field) throws Exception {
    ResponseEntity<Map<String, Object>> answer = list("kind=" + (field.equals("status") ? "accounts" : "overdue")
        + "&" + field + "=" + "单".repeat(256).replace("单", "%E5%8D%95"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).contains("字段 " + field + " 超过 255 个字符");
  }

  /** The list as the dashboard's page opens it (Accept: text/html); a refusal comes as JSON. */
  private ResponseEntity<Map<String, Object>> list(String query) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
    ResponseEntity<String> answer = as("supervisor1").exchange(
        URI.create("http://localhost:" + port + "/api/dashboard/list?" + query), HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    Map<String, Object> body = answer.getStatusCode().is4xxClientError()
        ? json.readValue(answer.getBody(), new TypeReference<Map<String, Object>>() {})
        : Map.of("page", answer.getBody());
    return ResponseEntity.status(answer.getStatusCode()).body(body);
  }
}
