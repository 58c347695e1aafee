package org.govmedia.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/calendar} over HTTP, the administrator's year changes and the health details. */
class CalendarApiTest extends IntegrationTest {

  private static final int TEST_YEAR = 2027;

  @Autowired CalendarAdminService admin;
  @Autowired WorkingCalendar calendar;
  @Autowired CalendarLoader loader;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired @Qualifier("calendar") HealthIndicator calendarHealth;

  @AfterEach
  void removeTheTestYear() {
    admin.deleteYear(TEST_YEAR, "test");
  }

  private ResponseEntity<JsonNode> get(String user, String url) {
    return as(user).getForEntity(url, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, int year, Object body) {
    return as(user).exchange("/api/calendar/years/" + year, HttpMethod.PUT, new HttpEntity<>(body),
        JsonNode.class);
  }

  private static Map<String, Object> day(String name, String date, boolean offDay) {
    return Map.of("name", name, "date", date, "isOffDay", offDay);
  }

  private static Map<String, Object> year2027(List<Map<String, Object>> days) {
    return Map.of("year", TEST_YEAR,
        "papers", List.of("https://www.gov.cn/zhengce/content/2026-test.htm"), "days", days);
  }

  // ------------------------------------------------------------------------------ reading

  @Test
  void addWorkingDays() {
    ResponseEntity<JsonNode> answer =
        get("editor1", "/api/calendar/add-working-days?from=2025-09-26&days=5");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("date").asText()).isEqualTo("2025-10-10");
    assertThat(get("editor1", "/api/calendar/add-working-days?from=2025-09-26&days=0")
        .getBody().get("date").asText()).isEqualTo("2025-09-26");
  }

  @Test
  void isWorkingDay() {
    ResponseEntity<JsonNode> holiday = get("editor1", "/api/calendar/is-working-day?date=2025-10-01");
    assertThat(holiday.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(holiday.getBody().get("date").asText()).isEqualTo("2025-10-01");
    assertThat(holiday.getBody().get("workingDay").asBoolean()).isFalse();
    assertThat(holiday.getBody().get("name").asText()).contains("国庆节");

    JsonNode makeUp = get("editor1", "/api/calendar/is-working-day?date=2025-09-28").getBody();
    assertThat(makeUp.get("workingDay").asBoolean()).isTrue();
    assertThat(makeUp.get("name").asText()).contains("国庆节");

    JsonNode ordinary = get("editor1", "/api/calendar/is-working-day?date=2025-03-12").getBody();
    assertThat(ordinary.get("workingDay").asBoolean()).isTrue();
    assertThat(ordinary.path("name").isMissingNode() || ordinary.get("name").isNull()).isTrue();
  }

  @Test
  void missingOrMalformedParametersAreNamed() {
    Map<String, String> badRequests = Map.of(
        "/api/calendar/add-working-days?days=5", "from",
        "/api/calendar/add-working-days?from=2025-13-01&days=5", "from",
        "/api/calendar/add-working-days?from=26.09.2025&days=5", "from",
        "/api/calendar/add-working-days?from=2025-09-26", "days",
        "/api/calendar/add-working-days?from=2025-09-26&days=abc", "days",
        "/api/calendar/add-working-days?from=2025-09-26&days=1.5", "days",
        "/api/calendar/add-working-days?from=2025-09-26&days=-1", "days",
        "/api/calendar/is-working-day", "date",
        "/api/calendar/is-working-day?date=yesterday", "date");
    badRequests.forEach((url, field) -> {
      ResponseEntity<JsonNode> answer = get("editor1", url);
      assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("status").asInt()).as(url).isEqualTo(400);
      assertThat(answer.getBody().get("field").asText()).as(url).isEqualTo(field);
      assertThat(answer.getBody().get("message").asText()).as(url).contains(field);
    });
  }

  @Test
  void listsTheShippedYears() {
    ResponseEntity<JsonNode> answer = get("editor1", "/api/calendar/years");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().findValuesAsText("year")).contains("2024", "2025", "2026");
    for (JsonNode year : answer.getBody()) {
      if (year.get("year").asInt() == 2025) {
        assertThat(year.get("days").asInt()).isEqualTo(33);
        assertThat(year.get("offDays").asInt()).isEqualTo(28);
        assertThat(year.get("makeUpDays").asInt()).isEqualTo(5);
        assertThat(year.get("source").asText()).contains("calendar/holidays/2025.json")
            .contains("content_6986383");
      }
    }
  }

  // ------------------------------------------------------------------------------ administration

  @Test
  void anAdministratorLoadsNextYearsNotice() {
    assertThat(get("editor1", "/api/calendar/is-working-day?date=2027-01-01")
        .getBody().get("workingDay").asBoolean()).as("a Friday without data").isTrue();

    ResponseEntity<JsonNode> answer = put("demo", TEST_YEAR, year2027(List.of(
        day("元旦", "2027-01-01", true),
        day("春节", "2027-02-20", false))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("days").asInt()).isEqualTo(2);
    assertThat(answer.getBody().get("source").asText()).contains("demo").contains("2026-test");

    JsonNode newYear = get("editor1", "/api/calendar/is-working-day?date=2027-01-01").getBody();
    assertThat(newYear.get("workingDay").asBoolean()).isFalse();
    assertThat(newYear.get("name").asText()).isEqualTo("元旦");
    assertThat(get("editor1", "/api/calendar/is-working-day?date=2027-02-20")
        .getBody().get("workingDay").asBoolean()).as("a worked Saturday").isTrue();
    assertThat(get("editor1", "/api/calendar/add-working-days?from=2026-12-31&days=1")
        .getBody().get("date").asText()).isEqualTo("2027-01-04");
    assertThat(get("editor1", "/api/calendar/years").getBody().findValuesAsText("year"))
        .contains("2027");

    // a second PUT replaces the whole year
    assertThat(put("demo", TEST_YEAR, year2027(List.of(day("元旦", "2027-01-01", true))))
        .getBody().get("days").asInt()).isEqualTo(1);
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isFalse();

    // and DELETE takes it away again
    ResponseEntity<JsonNode> deleted = as("demo").exchange("/api/calendar/years/" + TEST_YEAR,
        HttpMethod.DELETE, null, JsonNode.class);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.isCovered(TEST_YEAR)).isFalse();
    assertThat(get("editor1", "/api/calendar/is-working-day?date=2027-01-01")
        .getBody().get("workingDay").asBoolean()).isTrue();
    assertThat(as("demo").exchange("/api/calendar/years/" + TEST_YEAR, HttpMethod.DELETE, null,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void deletingAShippedYearLoadsItsFileAgain() {
    ResponseEntity<JsonNode> deleted = as("demo").exchange("/api/calendar/years/2025",
        HttpMethod.DELETE, null, JsonNode.class);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.isCovered(2025)).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 5))
        .isEqualTo(LocalDate.parse("2025-10-10"));
  }

  @Test
  void twoNodesLoadingTheSameYearAtOnceDoNotFail() throws Exception {
    HolidayFiles.Shipped y2024 = loader.shippedYears().get(2024);
    int runs = 5;
    for (int run = 0; run < runs; run++) {
      admin.deleteYear(2024, "test"); // loads the file again at once
      jdbc.update("DELETE FROM gm_calendar_day WHERE \"year\" = 2024");
      jdbc.update("DELETE FROM gm_calendar_year WHERE \"year\" = 2024");
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.Callable<Boolean> node = () -> {
          start.await();
          return loader.loadIfAbsent(y2024);
        };
        var first = nodes.submit(node);
        var second = nodes.submit(node);
        assertThat(List.of(first.get(), second.get())).as("run %d", run).containsOnlyOnce(true);
      } finally {
        nodes.shutdown();
      }
      assertThat(jdbc.queryForObject(
          "SELECT COUNT(*) FROM gm_calendar_day WHERE \"year\" = 2024", Integer.class)).isEqualTo(36);
    }
    calendar.reload();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-18"))).isTrue();
  }

  @Test
  void aDateOutsideTheYearIsRefusedAndNothingIsWritten() {
    ResponseEntity<JsonNode> answer = put("demo", TEST_YEAR, year2027(List.of(
        day("元旦", "2027-01-01", true),
        day("元旦", "2026-12-31", true))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("field").asText()).isEqualTo("days[1].date");
    assertThat(answer.getBody().get("message").asText()).contains("2026-12-31");
    assertThat(get("editor1", "/api/calendar/years").getBody().findValuesAsText("year"))
        .doesNotContain("2027");
    assertThat(calendar.isCovered(TEST_YEAR)).isFalse();
  }

  @Test
  void otherBadYearsAreRefusedNamingTheField() {
    assertThat(put("demo", 2028, year2027(List.of(day("元旦", "2027-01-01", true))))
        .getBody().get("field").asText()).isEqualTo("year");
    assertThat(put("demo", TEST_YEAR, year2027(List.of(day(" ", "2027-01-01", true))))
        .getBody().get("field").asText()).isEqualTo("days[0].name");
    assertThat(put("demo", TEST_YEAR, Map.of("year", TEST_YEAR, "days",
        List.of(Map.of("name", "元旦", "date", "2027-01-01"))))
        .getBody().get("field").asText()).isEqualTo("days[0].isOffDay");
    ResponseEntity<JsonNode> malformed = put("demo", TEST_YEAR, year2027(List.of(
        day("元旦", "2027-02-30", true))));
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("field").asText()).isEqualTo("date");
    assertThat(calendar.isCovered(TEST_YEAR)).isFalse();
  }

  @Test
  void onlyAnAdministratorChangesAYear() {
    ResponseEntity<JsonNode> answer = put("editor1", TEST_YEAR,
        year2027(List.of(day("元旦", "2027-01-01", true))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(calendar.isCovered(TEST_YEAR)).isFalse();
  }

  // ------------------------------------------------------------------------------ health

  @Test
  void healthSaysWhenTheComingYearIsMissingButStaysUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-22T02:00:00Z")));
    Health health = calendarHealth.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("currentYear", 2026)
        .containsEntry("nextYear", 2027)
        .containsEntry("uncoveredYears", List.of(2027))
        .containsKey("warning");
    assertThat(health.getDetails().get("coveredYears")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(Integer.class)).contains(2024, 2025, 2026);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-06-01T02:00:00Z")));
    assertThat(calendarHealth.health().getDetails())
        .containsEntry("uncoveredYears", List.of())
        .doesNotContainKey("warning");

    ResponseEntity<JsonNode> http = get("demo", "/actuator/health/calendar");
    assertThat(http.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getBody().get("status").asText()).isEqualTo("UP");
  }
}
