package org.govmedia.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2025-Q3}: its first and last day, the inspection periods that
 * belong to it (the quarter itself, as henan 6(2) rounds are named, and its three months, as the
 * monthly gaoxian 7(3) rounds are) and the first month of the next quarter, when its report is due.
 */
public record Quarter(int year, int number) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  /** Parses {@code 2025-Q3}; throws IllegalArgumentException naming the expected format. */
  public static Quarter parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("quarter '" + text + "' is not of the form 2025-Q3");
    }
    int year = Integer.parseInt(m.group(1));
    if (year < org.govmedia.workflow.web.InputRules.MIN_YEAR
        || year > org.govmedia.workflow.web.InputRules.MAX_YEAR) {
      throw new IllegalArgumentException("季度 quarter '" + text + "' 的年份应在 "
          + org.govmedia.workflow.web.InputRules.MIN_YEAR + "–" + org.govmedia.workflow.web.InputRules.MAX_YEAR
          + " 之间 (the year must be between " + org.govmedia.workflow.web.InputRules.MIN_YEAR + " and "
          + org.govmedia.workflow.web.InputRules.MAX_YEAR + ")");
    }
    return new Quarter(year, Integer.parseInt(m.group(2)));
  }

  /** The quarter the day is in. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter before the one the day is in: the one reported on after it ends. */
  public static Quarter before(LocalDate day) {
    return of(of(day).firstDay().minusDays(1));
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** The first day of the next quarter's first month (the report's month). */
  public LocalDate reportMonth() {
    return firstDay().plusMonths(3);
  }

  /** The periods of inspection rounds in this quarter: 2025-Q3, 2025-07, 2025-08, 2025-09. */
  public List<String> periods() {
    LocalDate first = firstDay();
    return List.of(toString(), month(first), month(first.plusMonths(1)), month(first.plusMonths(2)));
  }

  private static String month(LocalDate day) {
    return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
