package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
}
