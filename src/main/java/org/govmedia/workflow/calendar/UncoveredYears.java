package org.govmedia.workflow.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The years without a holiday arrangement that the calendar counted Monday to Friday: each is logged
 * once as a WARN, at most {@link #MAX_WARNED_YEARS} at once, and forgotten when its data arrives.
 */
final class UncoveredYears {

  /**
   * The most uncovered years remembered (and warned about) at once: a deadline far in the future
   * crosses thousands of years without data, and each would otherwise be kept and logged for good.
   */
  static final int MAX_WARNED_YEARS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);

  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** Forgets the years the new snapshot covers. */
  void forgetCovered(CalendarSnapshot snapshot) {
    warnedYears.removeIf(snapshot::covers);
  }

  /** Warns (once per year) for each uncovered year of the days after {@code from} up to {@code to}. */
  LocalDate warnRange(CalendarSnapshot s, LocalDate from, LocalDate to) {
    int first = from.getMonthValue() == 12 && from.getDayOfMonth() == 31
        ? from.getYear() + 1 : from.getYear();
    int last = to.getYear();
    for (int year = first; year <= last && warnedYears.size() < MAX_WARNED_YEARS; year++) {
      if (!s.covers(year)) {
        warn(year);
      }
    }
    return to;
  }

  void warn(int year) {
    if (warnedYears.contains(year)) {
      return;
    }
    if (warnedYears.size() >= MAX_WARNED_YEARS) {
      return;
    }
    if (warnedYears.add(year)) {
      LOG.warn("The working-day calendar has no holiday arrangement for {}: its working days are "
          + "counted as Monday to Friday. Load the State Council's notice for {} with "
          + "PUT /api/calendar/years/{}.{}", year, year, year, warnedYears.size() >= MAX_WARNED_YEARS
          ? " (" + MAX_WARNED_YEARS + " years warned about: further years without data are not "
              + "listed until the calendar is reloaded)" : "");
    }
  }

  Set<Integer> years() {
    return Collections.unmodifiableSet(warnedYears);
  }
}
