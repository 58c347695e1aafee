package org.govmedia.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on the calendar: numbers and dates without bounds, a year without data warned about
 * without end, a make-up workday on a weekday and a megabyte in the notices of a year. Each is
 * refused 400 naming the field, at once, and nothing changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarAttackTest extends IntegrationTest {

  private static final int TEST_YEAR = 2027;

  @Autowired CalendarAdminService admin;
  @Autowired WorkingCalendar calendar;

  @AfterEach
  void removeTheTestYear() {
    admin.deleteYear(TEST_YEAR, "test");
  }

  private ResponseEntity<JsonNode> addWorkingDays(String from, String days) {
    return as("editor1").getForEntity("/api/calendar/add-working-days?from=" + from + "&days=" + days,
        JsonNode.class);
  }

  private static void assertRefused(ResponseEntity<JsonNode> answer, String field) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("field").asText()).isEqualTo(field);
    assertThat(answer.getBody().get("message").asText()).doesNotContain("ENGINE-", "SQL", "Exception")
        .matches("^[^A-Za-z]*[\\u4e00-\\u9fff].*");
  }

  @Test
  void twoBillionWorkingDaysAreRefusedAtOnceAndWarnAboutNothing(CapturedOutput log) {
    int warned = calendar.warnedYears().size();
    addWorkingDays("2025-09-26", "1"); // the first request of a client logs in (password hash)
    long started = System.nanoTime();

    ResponseEntity<JsonNode> answer = addWorkingDays("2025-09-26", "2147483647");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertRefused(answer, "days");
    assertRefused(addWorkingDays("2025-09-26", "3661"), "days");
    assertRefused(addWorkingDays("2025-09-26", "100000000"), "days");
    assertRefused(addWorkingDays("2025-09-26", "-1"), "days");
    assertThat(calendar.warnedYears()).hasSize(warned);
    assertThat(log.getOut()).doesNotContain("has no holiday arrangement for 2036");
  }

  @Test
  void datesOutside1949To2100AreRefused() {
    assertRefused(addWorkingDays("1948-12-31", "1"), "from");
    assertRefused(addWorkingDays("2101-01-01", "1"), "from");
    assertRefused(addWorkingDays("+999999999-12-31", "1"), "from");
    ResponseEntity<JsonNode> isWorkingDay = as("editor1").getForEntity(
        "/api/calendar/is-working-day?date=0000-01-01", JsonNode.class);
    assertRefused(isWorkingDay, "date");
  }

  @Test
  void theLargestCountIsAnsweredQuickly() {
    addWorkingDays("2025-09-26", "1"); // the first request of a client logs in (password hash)
    long started = System.nanoTime();
    ResponseEntity<JsonNode> answer = addWorkingDays("2025-09-26", "3660");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(LocalDate.parse(answer.getBody().get("date").asText()))
        .isEqualTo(calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 3660))
        .isAfter(LocalDate.parse("2039-01-01"));
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    long refusedStart = System.nanoTime();
    ResponseEntity<JsonNode> refused = addWorkingDays("2025-09-26", "2147483647");
    Duration refusedTook = Duration.ofNanos(System.nanoTime() - refusedStart);
    long direct = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      calendar.addWorkingDays(LocalDate.parse("2025-09-26").plusDays(i % 365), 3660);
    }
    System.out.printf("CalendarAttackTest: add-working-days 3660 days over HTTP %d ms, "
        + "refused days=2147483647 in %d ms, %.1f µs per call in process%n", took.toMillis(),
        refusedTook.toMillis(), (System.nanoTime() - direct) / 1000 / 1000.0);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aDeadlineFarAwayRemembersAndWarnsAboutABoundedSetOfYears(CapturedOutput log) {
    WorkingCalendar empty = WorkingCalendar.of(List.of());

    empty.deadline(LocalDate.parse("2025-09-26"), Integer.MAX_VALUE / 4, WorkingCalendar.WORKING_DAYS);
    empty.deadline(LocalDate.parse("3000-01-01"), 1000, WorkingCalendar.WORKING_DAYS);
    for (int year = 2200; year < 2400; year++) {
      empty.isWorkingDay(LocalDate.of(year, 6, 1));
    }

    assertThat(empty.warnedYears()).hasSize(WorkingCalendar.MAX_WARNED_YEARS);
    long warnings = log.getOut().lines().filter(l -> l.contains("has no holiday arrangement for")).count();
    assertThat(warnings).isLessThanOrEqualTo(WorkingCalendar.MAX_WARNED_YEARS);
  }

  private ResponseEntity<JsonNode> put(Object body) {
    return as("demo").exchange("/api/calendar/years/" + TEST_YEAR, HttpMethod.PUT,
        new HttpEntity<>(body), JsonNode.class);
  }

  @Test
  void aMakeUpWorkdayOnAWeekdayIsRefusedAndTheYearStaysAsItWas() {
    // 2027-01-04 is a Monday: a make-up working day must be a Saturday or a Sunday.
    ResponseEntity<JsonNode> answer = put(Map.of("year", TEST_YEAR, "papers", List.of(),
        "days", List.of(Map.of("name", "元旦", "date", "2027-01-01", "isOffDay", true),
            Map.of("name", "元旦", "date", "2027-01-04", "isOffDay", false))));

    assertRefused(answer, "days[1].isOffDay");
    assertThat(calendar.isCovered(TEST_YEAR)).isFalse();
    assertThat(admin.years()).noneMatch(y -> y.year() == TEST_YEAR);
  }

  @Test
  void aMegabyteAddressOrAControlCharacterInTheYearIsRefused() {
    String huge = "https://www.gov.cn/" + "a".repeat(1024 * 1024);
    assertRefused(put(Map.of("year", TEST_YEAR, "papers", List.of(huge), "days", List.of())),
        "papers[0]");
    assertRefused(put(Map.of("year", TEST_YEAR, "papers", List.of("javascript:alert(1)"),
        "days", List.of())), "papers[0]");
    assertRefused(put(Map.of("year", TEST_YEAR, "papers", List.of(), "days",
        List.of(Map.of("name", "元\u202e旦", "date", "2027-01-01", "isOffDay", true)))), "days[0].name");
    ResponseEntity<JsonNode> outOfRange = as("demo").exchange("/api/calendar/years/2999",
        HttpMethod.PUT, new HttpEntity<>(Map.of("year", 2999, "days", List.of())), JsonNode.class);
    assertRefused(outOfRange, "year");
    assertThat(admin.years()).noneMatch(y -> y.year() == TEST_YEAR || y.year() == 2999);
  }
}
