package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The texts of an item as an editor sends them through /engine-rest: a headline up to 200
 * characters and a body up to 50,000 are taken (a body past the engine's 4,000-character text
 * column included); longer, or with control characters, is refused 400 naming the field, and no
 * item is started. Never a 500 with SQL.
 */
class ContentBoundsAttackTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String text(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append("各单位要做好秋季森林防火工作，落实值班制度。\n");
    }
    return text.substring(0, length);
  }

  private long items() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("content-publication").count();
  }

  private ResponseEntity<String> start(String title, String body) {
    Map<String, Object> request = Map.of("variables", Map.of(
        "title", Map.of("value", title, "type", "String"),
        "body", Map.of("value", body, "type", "String"),
        "contentCategory", Map.of("value", "ROUTINE", "type", "String")));
    return as("editor1").postForEntity("/engine-rest/process-definition/key/content-publication/start",
        new HttpEntity<>(request), String.class);
  }

  @Test
  void aBodyOf50000CharactersIsTakenAndKeptWhole() throws Exception {
    String body = text(ContentValidator.MAX_BODY_LENGTH);
    String title = text(ContentValidator.MAX_TITLE_LENGTH).replace('\n', '。');

    ResponseEntity<String> answer = start(title, body);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    String id = JSON.readTree(answer.getBody()).get("id").asText();
    assertThat(engine.getRuntimeService().getVariable(id, "body")).isEqualTo(body);
    assertThat(engine.getRuntimeService().getVariable(id, "title")).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(textBlock = """
      title, too long
      title, NUL
      title, bidi override
      body,  too long
      body,  lone surrogate
      """)
  void aTextOutOfBoundsIsRefusedNamingTheFieldAndNoItemStarts(String field, String attack) throws Exception {
    String title = "关于秋季防火的通知-" + UUID.randomUUID().toString().substring(0, 8);
    String body = text(5000);
    String bad = switch (attack) {
      case "too long" -> text(field.equals("title") ? ContentValidator.MAX_TITLE_LENGTH + 1
          : ContentValidator.MAX_BODY_LENGTH + 1);
      case "NUL" -> "关于\u0000防火";
      case "bidi override" -> "关于\u202e防火";
      default -> "各单位\udc00要做好";
    };
    long before = items();

    ResponseEntity<String> answer = field.equals("title") ? start(bad, body) : start(title, bad);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(answer.getBody());
    assertThat(error.get("message").asText()).contains("Invalid " + field + ":").contains("字段 " + field)
        .doesNotContain("ENGINE-", "SQL");
    assertThat(items()).isEqualTo(before);
  }
}
