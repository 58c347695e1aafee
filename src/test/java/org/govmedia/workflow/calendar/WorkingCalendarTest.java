package org.govmedia.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The working-day arithmetic on the shipped 2024–2026 arrangements; no Spring, no database. */
class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final WorkingCalendar calendar = WorkingCalendar.ofShippedFiles();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The end (23:59:59.000 Shanghai time) of a day. */
  private static Date endOf(String isoDay) {
    return Date.from(d(isoDay).atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
  }

  // ------------------------------------------------------------------------------ addWorkingDays

  @Test
  void nationalDay2025WithItsMakeUpDays() {
    // The 2025 arrangement (calendar/holidays/2025.json): Friday 2025-09-26 + 5 → Sunday 09-28 (worked), 09-29, 09-30, [10-01..10-08 off], 10-09, 10-10
    assertThat(calendar.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(d("2025-10-10"));
    assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
    assertThat(calendar.addWorkingDays(d("2025-10-10"), 1)).isEqualTo(d("2025-10-11")); // Saturday, worked
    assertThat(calendar.addWorkingDays(d("2025-10-03"), 1)).isEqualTo(d("2025-10-09")); // from a holiday
  }

  @Test
  void springFestival() {
    // 2025: Sunday 01-26 worked, 01-28..02-04 off, Saturday 02-08 worked
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
    assertThat(calendar.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
    // 2026: Saturday 02-14 worked, 02-15..02-23 off
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    // 2024: 02-10..02-17 off, Sunday 02-18 worked
    assertThat(calendar.addWorkingDays(d("2024-02-09"), 1)).isEqualTo(d("2024-02-18"));
  }

  @Test
  void aFridayBeforeAnOrdinaryWeekend() {
    assertThat(calendar.addWorkingDays(d("2025-03-07"), 1)).isEqualTo(d("2025-03-10"));
    assertThat(calendar.addWorkingDays(d("2025-03-07"), 5)).isEqualTo(d("2025-03-14"));
    assertThat(calendar.addWorkingDays(d("2025-03-08"), 1)).isEqualTo(d("2025-03-10")); // from a Saturday
  }

  @Test
  void zeroDaysIsTheDayItself() {
    assertThat(calendar.addWorkingDays(d("2025-03-12"), 0)).isEqualTo(d("2025-03-12"));
    assertThat(calendar.addWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-03-12"), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void agreesWithCountingDayByDay() {
    Random random = new Random(42);
    LocalDate first = d("2022-06-01");
    for (int i = 0; i < 20_000; i++) {
      LocalDate from = first.plusDays(random.nextInt(6 * 365));
      int n = random.nextInt(40);
      LocalDate expected = from;
      for (int left = n; left > 0; ) {
        expected = expected.plusDays(1);
        if (calendar.isWorkingDay(expected)) {
          left--;
        }
      }
      assertThat(calendar.addWorkingDays(from, n)).as("%s + %d", from, n).isEqualTo(expected);
      assertThat(calendar.workingDaysBetween(from, expected)).as("between %s and %s", from, expected)
          .isEqualTo(n);
    }
  }

  // ------------------------------------------------------------------------------ isWorkingDay

  @Test
  void isWorkingDayFollowsTheArrangementAndTheWeek() {
    assertThat(calendar.isWorkingDay(d("2025-10-01"))).isFalse(); // Wednesday, National Day
    assertThat(calendar.isWorkingDay(d("2025-09-28"))).isTrue(); // Sunday, worked
    assertThat(calendar.isWorkingDay(d("2025-03-12"))).isTrue(); // ordinary Wednesday
    assertThat(calendar.isWorkingDay(d("2025-03-15"))).isFalse(); // ordinary Saturday
    assertThat(calendar.holidayName(d("2025-10-01"))).contains("国庆节");
    assertThat(calendar.holidayName(d("2025-09-28"))).contains("国庆节");
    assertThat(calendar.holidayName(d("2025-03-12"))).isNull();
  }

  // ------------------------------------------------------------------------------ uncovered years

  @Test
  void aYearWithoutDataFallsBackToMondayToFridayAndWarnsOnce() {
    assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
    assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue(); // a Friday: no data, so worked
    assertThat(calendar.isWorkingDay(d("2027-01-02"))).isFalse(); // Saturday
    assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
    assertThat(calendar.addWorkingDays(d("2026-12-30"), 3)).isEqualTo(d("2027-01-04"));
    assertThat(calendar.addWorkingDays(d("2027-09-30"), 1)).isEqualTo(d("2027-10-01"));
    // before the data: 2023 by the week, then 2024-01-01 (元旦) is off
    assertThat(calendar.addWorkingDays(d("2023-12-29"), 1)).isEqualTo(d("2024-01-02"));
    assertThat(calendar.addWorkingDays(d("2023-12-27"), 3)).isEqualTo(d("2024-01-02"));
    assertThat(calendar.workingDaysBetween(d("2026-12-31"), d("2027-01-08"))).isEqualTo(6);
    assertThat(calendar.deadline("2027-05-07", 1, "WORKING_DAYS")).isEqualTo(endOf("2027-05-10"));
    assertThat(calendar.warnedYears()).contains(2023, 2027).doesNotContain(2024, 2025, 2026);
  }

  @Test
  void aCalendarWithoutAnyDataCountsMondayToFriday() {
    WorkingCalendar empty = WorkingCalendar.of(List.of());
    assertThat(empty.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(d("2025-10-03"));
    assertThat(empty.isWorkingDay(d("2025-10-01"))).isTrue();
    assertThat(empty.workingDaysBetween(d("2025-09-26"), d("2025-10-03"))).isEqualTo(5);
    assertThat(empty.coveredYears()).isEmpty();
  }

  @Test
  void aGapBetweenCoveredYearsFollowsTheWeek() {
    HolidayYear y2025 = HolidayFiles.readAll().get(2025).year();
    HolidayYear y2027 = new HolidayYear(2027, List.of(),
        List.of(new HolidayYear.Day("元旦", d("2027-01-01"), true)));
    WorkingCalendar gap = WorkingCalendar.of(List.of(y2025, y2027));
    assertThat(gap.isWorkingDay(d("2026-10-01"))).isTrue(); // 2026 not loaded here: a Thursday
    assertThat(gap.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
    assertThat(gap.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(d("2025-10-10"));
    assertThat(gap.warnedYears()).containsExactly(2026);
  }

  // ------------------------------------------------------------------------------ workingDaysBetween

  @Test
  void workingDaysBetween() {
    assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-10"))).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-09"))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(d("2025-03-12"), d("2025-03-12"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2025-03-12"), d("2025-03-01"))).isZero();
    // a whole year: 2025 has 261 weekdays, 18 of them off, and 5 worked weekend days: 248
    int working2025 = 0;
    for (LocalDate day = d("2025-01-01"); day.getYear() == 2025; day = day.plusDays(1)) {
      working2025 += calendar.isWorkingDay(day) ? 1 : 0;
    }
    assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(working2025);
    assertThat(working2025).isEqualTo(248);
  }

  // ------------------------------------------------------------------------------ deadline

  @Test
  void theEventsDayIsItsDayInShanghai() {
    // 23:30 Shanghai on Friday 2025-09-26, written in UTC
    assertThat(calendar.deadline("2025-09-26T15:30:00+00:00", 1, "WORKING_DAYS"))
        .isEqualTo(endOf("2025-09-28"));
    // 00:30 Shanghai on Friday 2025-09-26 is still Thursday 09-25 in UTC: the Shanghai day counts
    assertThat(calendar.deadline("2025-09-25T16:30:00+00:00", 1, "WORKING_DAYS"))
        .isEqualTo(endOf("2025-09-28"));
    assertThat(calendar.deadline(OffsetDateTime.of(2025, 9, 25, 16, 30, 0, 0, ZoneOffset.UTC), 1,
        "WORKING_DAYS")).isEqualTo(endOf("2025-09-28"));
    assertThat(calendar.deadline(Instant.parse("2025-09-25T16:30:00Z"), 1, "WORKING_DAYS"))
        .isEqualTo(endOf("2025-09-28"));
    assertThat(calendar.deadline("2025-09-25T16:30:00Z", 1, "WORKING_DAYS"))
        .isEqualTo(endOf("2025-09-28"));
    // and 15:59 UTC is still Thursday 23:59 in Shanghai
    assertThat(calendar.deadline("2025-09-25T15:59:00Z", 1, "WORKING_DAYS"))
        .isEqualTo(endOf("2025-09-26"));
  }

  @Test
  void deadlineTakesDatesStringsAndDateTimes() {
    Date expected = endOf("2025-10-10");
    assertThat(expected).isEqualTo(Date.from(Instant.parse("2025-10-10T15:59:59Z")));
    assertThat(calendar.deadline("2025-09-26", 5, "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline("2025-09-26T10:15:00+08:00", 5, "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline("2025-09-26T10:15:00+08:00[Asia/Shanghai]", 5, "WORKING_DAYS"))
        .isEqualTo(expected);
    assertThat(calendar.deadline(d("2025-09-26"), 5, "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline(LocalDateTime.of(2025, 9, 26, 10, 15), 5, "WORKING_DAYS"))
        .isEqualTo(expected);
    assertThat(calendar.deadline(Date.from(Instant.parse("2025-09-26T02:15:00Z")), 5,
        "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline(ZonedDateTime.of(2025, 9, 26, 10, 15, 0, 0, SHANGHAI), 5L,
        "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline(OffsetDateTime.parse("2025-09-26T10:15:00+08:00"), 5L,
        "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline("2025-09-26", "5", "WORKING_DAYS")).isEqualTo(expected);
    assertThat(calendar.deadline("2025-09-26", 0, "WORKING_DAYS")).isEqualTo(endOf("2025-09-26"));
  }

  @Test
  void calendarDays() {
    assertThat(calendar.deadline("2025-09-26T10:15:00+08:00", 5, "CALENDAR_DAYS"))
        .isEqualTo(endOf("2025-10-01"));
    assertThat(calendar.deadline("2025-09-25T16:30:00Z", 30L, "CALENDAR_DAYS"))
        .isEqualTo(endOf("2025-10-26"));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> calendar.deadline("2025-09-26", 5, "HOURS"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOURS");
    assertThatThrownBy(() -> calendar.deadline("2025-09-26", -1, "CALENDAR_DAYS"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> calendar.deadline("2025-09-26", 1.5, "WORKING_DAYS"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    assertThatThrownBy(() -> calendar.deadline("26.09.2025", 1, "WORKING_DAYS"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26.09.2025");
    assertThatThrownBy(() -> calendar.deadline(null, 1, "WORKING_DAYS"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deadlineFromNowAndTodayFollowTheEngineClock() {
    // 2025-09-25 16:30 UTC = Friday 2025-09-26 00:30 in Shanghai
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-09-25T16:30:00Z")));
    assertThat(calendar.today()).isEqualTo(d("2025-09-26"));
    assertThat(calendar.deadlineFromNow(5, "WORKING_DAYS")).isEqualTo(endOf("2025-10-10"));
    assertThat(calendar.deadlineFromNow(2, "CALENDAR_DAYS")).isEqualTo(endOf("2025-09-28"));
  }

  @Test
  void camundaExpressionsCallItWithLongAmounts() {
    // the engine's own expression language (JUEL), as in a BPMN dueDate or timer expression
    ExpressionFactoryImpl factory = new ExpressionFactoryImpl();
    SimpleContext context = new SimpleContext();
    context.setVariable("workingCalendar", factory.createValueExpression(calendar, WorkingCalendar.class));
    context.setVariable("receivedAt",
        factory.createValueExpression("2025-09-26T10:15:00+08:00", String.class));
    context.setVariable("replyWorkingDays", factory.createValueExpression(5L, Long.class));
    Object deadline = factory.createValueExpression(context,
        "${workingCalendar.deadline(receivedAt, replyWorkingDays, 'WORKING_DAYS')}", Object.class)
        .getValue(context);
    assertThat(deadline).isEqualTo(endOf("2025-10-10"));
    Object date = factory.createValueExpression(context,
        "${workingCalendar.addWorkingDays(workingCalendar.dayOf(receivedAt), replyWorkingDays)}",
        Object.class).getValue(context);
    assertThat(date).isEqualTo(d("2025-10-10"));
  }
}
