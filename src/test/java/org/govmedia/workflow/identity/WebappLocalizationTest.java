package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** The webapps offer Simplified Chinese, with English filling the keys the translation lacks. */
class WebappLocalizationTest extends IntegrationTest {

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyWebappServesChineseAndDeclaresIt(String app) {
    var locale = rest.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(locale.getBody()).contains("请登录");
    var config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("availableLocales: ['en', 'de', 'zh']", "fallbackLocale: 'en'");
    // English is still there to fall back on.
    assertThat(rest.getForEntity("/camunda/app/" + app + "/locales/en.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * Every text of the translation is Chinese: none is left in English ("on" beside a switch), none
   * is broken (the community file had "Docu" and "mentation" a thousand spaces apart). Codes and
   * names (ID, CSV, Camunda, a date pattern) may stay as they are.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void noTextOfTheTranslationIsEnglishOrBroken(String app) throws Exception {
    String file = rest.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class).getBody();
    JsonNode labels = new ObjectMapper().readTree(file.replace("\uFEFF", "")).path("labels");
    List<String> english = new ArrayList<>();
    labels.fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      String text = entry.getValue().asText().replaceAll("\\{\\{[^}]*}}|<[^>]*>|&[a-z]+;", "");
      boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      String words = text.replaceAll("\\b(ID|CSV|JSON|Camunda|YYYY-MM-DDTHH:mm:ss)\\b", "");
      if (!key.startsWith("_") && (!chinese && words.matches("(?s).*[A-Za-z]{2,}.*") || text.contains("          "))) {
        english.add(key + " = " + text.strip());
      }
    });
    assertThat(english).as(app + " texts not in Chinese").isEmpty();
  }
}
