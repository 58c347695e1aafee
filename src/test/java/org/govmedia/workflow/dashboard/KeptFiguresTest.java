package org.govmedia.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten supervisors opening the dashboard see the same figures, computed once a minute and dated:
 * an account registered within the minute shows after it, never later, and the page's 数据时间
 * says which minute the figures are of.
 */
class KeptFiguresTest extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2031-03-02T02:00:00Z"); // 10:00 Beijing time

  @Autowired KeptFigures kept;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @BeforeEach
  void figuresKeptForAMinute() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    kept.keepFor(Duration.ofMinutes(1));
  }

  @AfterEach
  void asTheOtherTestsReadThem() {
    kept.keepFor(Duration.ZERO);
    jdbc.update("delete from gm_account where rule_set = 'kept-figures-test'");
  }

  @Test
  void aChangeShowsWhenTheMinuteIsOverAndTheFiguresSayWhenTheyWereComputed() throws Exception {
    JsonNode first = figures();
    assertThat(first.path("generatedAt").asText()).isEqualTo("2031-03-02 10:00");
    long active = active(first);

    anActiveAccount();
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(59)));
    JsonNode withinTheMinute = figures();
    assertThat(active(withinTheMinute)).as("kept: the same figures for a minute").isEqualTo(active);
    assertThat(withinTheMinute.path("generatedAt").asText()).isEqualTo("2031-03-02 10:00");

    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(61)));
    JsonNode after = figures();
    assertThat(active(after)).isEqualTo(active + 1);
    assertThat(after.path("generatedAt").asText()).isEqualTo("2031-03-02 10:01");
  }

  private void anActiveAccount() {
    Timestamp now = Timestamp.from(NOW);
    jdbc.update("insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,"
        + " created_at, updated_at) values ('看板缓存测试账号', 'WEIBO', 'OTHER', '看板缓存测试单位',"
        + " 'kept-figures-test', 'ACTIVE', false, ?, ?)", now, now);
  }

  private JsonNode figures() throws Exception {
    ResponseEntity<String> answer = as("supervisor1").getForEntity("/api/dashboard/figures", String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private static long active(JsonNode figures) {
    for (JsonNode c : figures.path("accountsByStatus")) {
      if ("ACTIVE".equals(c.path("code").asText())) {
        return c.path("count").asLong();
      }
    }
    return 0;
  }
}
