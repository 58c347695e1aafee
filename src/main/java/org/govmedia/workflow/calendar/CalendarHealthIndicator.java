package org.govmedia.workflow.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/calendar}: the covered years, and whether this year (by the engine clock)
 * and the next one have a holiday arrangement. Always UP (a missing year falls back to Monday to
 * Friday and must not take the application down), but {@code uncoveredYears} and {@code warning}
 * say clearly what an administrator has to load.
 */
@Component("calendar")
public class CalendarHealthIndicator implements HealthIndicator {

  private final WorkingCalendar calendar;

  public CalendarHealthIndicator(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Health health() {
    int currentYear = calendar.today().getYear();
    int nextYear = currentYear + 1;
    List<Integer> uncovered = new ArrayList<>();
    for (int year : new int[] {currentYear, nextYear}) {
      if (!calendar.isCovered(year)) {
        uncovered.add(year);
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("coveredYears", List.copyOf(calendar.coveredYears()));
    details.put("currentYear", currentYear);
    details.put("nextYear", nextYear);
    details.put("uncoveredYears", uncovered);
    if (!uncovered.isEmpty()) {
      details.put("warning", "No holiday arrangement for " + uncovered
          + ": working days there are counted as Monday to Friday, so deadlines over public "
          + "holidays are too short. Load the State Council's notice with "
          + "PUT /api/calendar/years/{year} as soon as it is published.");
    }
    return Health.up().withDetails(details).build();
  }
}
