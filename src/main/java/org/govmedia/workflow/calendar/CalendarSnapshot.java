package org.govmedia.workflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The arrangement precomputed over a span of whole years, from the first covered year to the last
 * (uncovered years in between follow the week): {@code prefix[i]} is the number of working days
 * among the first {@code i} days of the span, {@code working} the span indices of its working days.
 */
final class CalendarSnapshot {

  /** A Monday (1969-12-29) as epoch day: the reference of the weekday arithmetic. */
  private static final long MONDAY = LocalDate.of(1969, 12, 29).toEpochDay();

  static boolean isWeekday(long epochDay) {
    return Math.floorMod(epochDay - MONDAY, 7) < 5;
  }

  /** Weekdays from the reference Monday up to and including the day (a relative count). */
  static long weekdayCount(long epochDay) {
    long offset = epochDay - MONDAY;
    return Math.floorDiv(offset, 7) * 5 + Math.min(Math.floorMod(offset, 7) + 1, 5);
  }

  /** The {@code n}th (n >= 1) Monday-to-Friday day after the day. */
  static long addWeekdays(long epochDay, long n) {
    long offset = epochDay - MONDAY;
    long monday = epochDay - Math.floorMod(offset, 7);
    long weekday = Math.min(Math.floorMod(offset, 7), 4); // Saturday and Sunday count as Friday
    long index = weekday + n;
    return monday + Math.floorDiv(index, 5) * 7 + Math.floorMod(index, 5);
  }

  static final CalendarSnapshot EMPTY = build(List.of());

  final SortedSet<Integer> years;
  final int minYear;
  final boolean[] covered;
  final long spanStart;
  final long spanEnd;
  final int[] prefix;
  final int[] working;
  final Map<LocalDate, HolidayYear.Day> listed;

  private CalendarSnapshot(SortedSet<Integer> years, int minYear, boolean[] covered, long spanStart,
      long spanEnd, int[] prefix, int[] working, Map<LocalDate, HolidayYear.Day> listed) {
    this.years = years;
    this.minYear = minYear;
    this.covered = covered;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
    this.prefix = prefix;
    this.working = working;
    this.listed = listed;
  }

  static CalendarSnapshot build(Collection<HolidayYear> data) {
    TreeSet<Integer> years = new TreeSet<>();
    Map<LocalDate, HolidayYear.Day> listed = new HashMap<>();
    for (HolidayYear year : data) {
      if (!years.add(year.year())) {
        throw new IllegalArgumentException("the year " + year.year() + " is given twice");
      }
      if (year.days() != null) {
        for (HolidayYear.Day day : year.days()) {
          listed.put(day.date(), day);
        }
      }
    }
    if (years.isEmpty()) {
      return new CalendarSnapshot(Collections.unmodifiableSortedSet(years), 0, new boolean[0], 0, 0,
          new int[] {0}, new int[0], Map.of());
    }
    int minYear = years.first();
    int maxYear = years.last();
    boolean[] covered = new boolean[maxYear - minYear + 1];
    years.forEach(y -> covered[y - minYear] = true);
    long spanStart = LocalDate.of(minYear, 1, 1).toEpochDay();
    long spanEnd = LocalDate.of(maxYear + 1, 1, 1).toEpochDay();
    int length = (int) (spanEnd - spanStart);
    int[] prefix = new int[length + 1];
    List<Integer> working = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      long day = spanStart + i;
      HolidayYear.Day entry = listed.get(LocalDate.ofEpochDay(day));
      boolean works = entry == null ? isWeekday(day) : !entry.offDay();
      prefix[i + 1] = prefix[i] + (works ? 1 : 0);
      if (works) {
        working.add(i);
      }
    }
    return new CalendarSnapshot(Collections.unmodifiableSortedSet(years), minYear, covered, spanStart,
        spanEnd, prefix, working.stream().mapToInt(Integer::intValue).toArray(),
        Collections.unmodifiableMap(listed));
  }

  boolean covers(int year) {
    int i = year - minYear;
    return i >= 0 && i < covered.length && covered[i];
  }

  /** Working days up to and including the day, relative to a fixed origin (differences count). */
  long countUpTo(long day) {
    if (day < spanStart) {
      return weekdayCount(day) - weekdayCount(spanStart - 1);
    }
    if (day < spanEnd) {
      return prefix[(int) (day - spanStart) + 1];
    }
    return prefix[prefix.length - 1] + weekdayCount(day) - weekdayCount(spanEnd - 1);
  }
}
