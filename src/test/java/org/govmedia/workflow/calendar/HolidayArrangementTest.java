package org.govmedia.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped holiday files against the State Council notices themselves. The expected lists below
 * are written from the notices (not copied from the files): every day off of each holiday period
 * (放假) and every weekend day that is worked (调休上班).
 */
class HolidayArrangementTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.ofShippedFiles();
  private static final Map<Integer, HolidayFiles.Shipped> FILES = HolidayFiles.readAll();

  /** A notice's arrangement for one year. */
  record Notice(int year, String notice, Set<LocalDate> offDays, Set<LocalDate> makeUpDays) {
    @Override
    public String toString() {
      return year + " (" + notice + ")";
    }
  }

  static Stream<Arguments> notices() {
    return Stream.of(
        // 国务院办公厅关于2024年部分节假日安排的通知 国办发明电〔2023〕7号
        Arguments.of(new Notice(2024, "国办发明电〔2023〕7号",
            days(
                "2024-01-01", // 元旦: 1月1日放假，与周末连休
                // 春节: 2月10日至17日放假调休，共8天 (除夕2月9日 only encouraged, not a day off)
                "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15",
                "2024-02-16", "2024-02-17",
                "2024-04-04", "2024-04-05", "2024-04-06", // 清明节: 4月4日至6日放假调休，共3天
                // 劳动节: 5月1日至5日放假调休，共5天
                "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
                "2024-06-10", // 端午节: 6月10日放假，与周末连休
                "2024-09-15", "2024-09-16", "2024-09-17", // 中秋节: 9月15日至17日放假调休，共3天
                // 国庆节: 10月1日至7日放假调休，共7天
                "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06",
                "2024-10-07"),
            days(
                "2024-02-04", "2024-02-18", // 春节: 2月4日（星期日）、2月18日（星期日）上班
                "2024-04-07", // 清明节: 4月7日（星期日）上班
                "2024-04-28", "2024-05-11", // 劳动节: 4月28日（星期日）、5月11日（星期六）上班
                "2024-09-14", // 中秋节: 9月14日（星期六）上班
                "2024-09-29", "2024-10-12"))), // 国庆节: 9月29日（星期日）、10月12日（星期六）上班
        // 国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号
        Arguments.of(new Notice(2025, "国办发明电〔2024〕12号",
            days(
                "2025-01-01", // 元旦: 1月1日（周三）放假1天，不调休
                // 春节: 1月28日（除夕、周二）至2月4日（正月初七、周二）放假调休，共8天
                "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
                "2025-02-03", "2025-02-04",
                "2025-04-04", "2025-04-05", "2025-04-06", // 清明节: 4月4日（周五）至6日（周日）放假，共3天
                // 劳动节: 5月1日（周四）至5日（周一）放假调休，共5天
                "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
                "2025-05-31", "2025-06-01", "2025-06-02", // 端午节: 5月31日（周六）至6月2日（周一）放假，共3天
                // 国庆节、中秋节: 10月1日（周三）至8日（周三）放假调休，共8天
                "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
                "2025-10-07", "2025-10-08"),
            days(
                "2025-01-26", "2025-02-08", // 春节: 1月26日（周日）、2月8日（周六）上班
                "2025-04-27", // 劳动节: 4月27日（周日）上班
                "2025-09-28", "2025-10-11"))), // 国庆节、中秋节: 9月28日（周日）、10月11日（周六）上班
        // 国务院办公厅关于2026年部分节假日安排的通知 (2025年11月4日)
        Arguments.of(new Notice(2026, "2025-11-04",
            days(
                "2026-01-01", "2026-01-02", "2026-01-03", // 元旦: 1月1日（周四）至3日（周六）放假调休，共3天
                // 春节: 2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天
                "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-02-21", "2026-02-22", "2026-02-23",
                "2026-04-04", "2026-04-05", "2026-04-06", // 清明节: 4月4日（周六）至6日（周一）放假，共3天
                // 劳动节: 5月1日（周五）至5日（周二）放假调休，共5天
                "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
                "2026-06-19", "2026-06-20", "2026-06-21", // 端午节: 6月19日（周五）至21日（周日）放假，共3天
                "2026-09-25", "2026-09-26", "2026-09-27", // 中秋节: 9月25日（周五）至27日（周日）放假，共3天
                // 国庆节: 10月1日（周四）至7日（周三）放假调休，共7天
                "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
                "2026-10-07"),
            days(
                "2026-01-04", // 元旦: 1月4日（周日）上班
                "2026-02-14", "2026-02-28", // 春节: 2月14日（周六）、2月28日（周六）上班
                "2026-05-09", // 劳动节: 5月9日（周六）上班
                "2026-09-20", "2026-10-10")))); // 国庆节: 9月20日（周日）、10月10日（周六）上班
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void everyOffDayOfTheNoticeIsNotAWorkingDay(Notice notice) {
    assertThat(notice.offDays()).allSatisfy(day ->
        assertThat(CALENDAR.isWorkingDay(day)).as("%s is a day off", day).isFalse());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void everyMakeUpDayOfTheNoticeIsAWorkingDayOnAWeekend(Notice notice) {
    assertThat(notice.makeUpDays()).allSatisfy(day -> {
      assertThat(isWeekend(day)).as("%s is a weekend day", day).isTrue();
      assertThat(CALENDAR.isWorkingDay(day)).as("%s is worked", day).isTrue();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void theCalendarDeviatesFromTheWeekExactlyWhereTheNoticeSays(Notice notice) {
    Set<LocalDate> offWeekdays = new TreeSet<>();
    Set<LocalDate> workedWeekendDays = new TreeSet<>();
    for (LocalDate day = LocalDate.of(notice.year(), 1, 1); day.getYear() == notice.year();
        day = day.plusDays(1)) {
      boolean working = CALENDAR.isWorkingDay(day);
      if (!isWeekend(day) && !working) {
        offWeekdays.add(day);
      }
      if (isWeekend(day) && working) {
        workedWeekendDays.add(day);
      }
    }
    assertThat(offWeekdays).as("weekdays off in %s", notice.year())
        .containsExactlyElementsOf(new TreeSet<>(notice.offDays().stream()
            .filter(day -> !isWeekend(day)).collect(Collectors.toSet())));
    assertThat(workedWeekendDays).as("weekend days worked in %s", notice.year())
        .containsExactlyElementsOf(new TreeSet<>(notice.makeUpDays()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void theFileListsExactlyTheDaysOfTheNotice(Notice notice) {
    HolidayYear file = FILES.get(notice.year()).year();
    assertThat(file.days()).allSatisfy(day -> assertThat(day.name()).isNotBlank());
    assertThat(file.days().stream().filter(HolidayYear.Day::offDay).map(HolidayYear.Day::date))
        .as("days off listed in %s.json", notice.year())
        .containsExactlyInAnyOrderElementsOf(notice.offDays());
    assertThat(file.days().stream().filter(day -> !day.offDay()).map(HolidayYear.Day::date))
        .as("make-up days listed in %s.json", notice.year())
        .containsExactlyInAnyOrderElementsOf(notice.makeUpDays());
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Set<LocalDate> days(String... isoDates) {
    return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }
}
