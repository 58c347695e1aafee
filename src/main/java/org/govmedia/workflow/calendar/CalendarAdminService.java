package org.govmedia.workflow.calendar;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's changes of the calendar: a year's arrangement replaced (next year's notice,
 * without a release) or removed. Each change is one transaction; afterwards the calendar held in
 * memory is reloaded (other nodes pick the change up within five minutes).
 */
@Service
public class CalendarAdminService {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarAdminService.class);

  /** Sanity bounds of a year an administrator may load (the calendar is precomputed over its years). */
  static final int MIN_YEAR = org.govmedia.workflow.web.InputRules.MIN_YEAR;
  static final int MAX_YEAR = org.govmedia.workflow.web.InputRules.MAX_YEAR;

  private final CalendarRepository repository;
  private final CalendarLoader loader;
  private final WorkingCalendar calendar;
  private final TransactionTemplate transaction;

  public CalendarAdminService(CalendarRepository repository, CalendarLoader loader,
      WorkingCalendar calendar, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.loader = loader;
    this.calendar = calendar;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** The covered years with their day counts and source. */
  public List<CalendarRepository.YearSummary> years() {
    return repository.summaries();
  }

  /**
   * Replaces the arrangement of {@code year} by {@code arrangement} (all its listed days), after
   * checking it: {@link org.govmedia.workflow.web.BadRequestException} naming the field otherwise,
   * and nothing is written.
   *
   * @param changedBy who sends it (recorded in the year's source)
   */
  public CalendarRepository.YearSummary replaceYear(int year, HolidayYear arrangement,
      String changedBy) {
    if (arrangement == null) {
      throw new org.govmedia.workflow.web.BadRequestException(null, "the request body is missing");
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new org.govmedia.workflow.web.BadRequestException("year",
          "the year must be between " + MIN_YEAR + " and " + MAX_YEAR + ": " + year);
    }
    arrangement.validate(year);
    transaction.executeWithoutResult(status -> {
      repository.saveYear(year, arrangement.sourceText("api:" + changedBy), Instant.now());
      repository.deleteDays(year);
      repository.insertDays(year, arrangement.days());
    });
    LOG.info("{} replaced the holiday arrangement of {} ({} days)", changedBy, year,
        arrangement.days().size());
    calendar.reload();
    return summary(year);
  }

  /**
   * Removes the year's arrangement. A year shipped with the application is loaded again from its
   * file at once (as the next start would do), so this also undoes an administrator's change.
   *
   * @return false when the year had no data
   */
  public boolean deleteYear(int year, String changedBy) {
    Integer removed = transaction.execute(status -> {
      repository.deleteDays(year);
      return repository.deleteYear(year);
    });
    HolidayFiles.Shipped shipped = loader.shippedYears().get(year);
    if (shipped != null) {
      loader.loadIfAbsent(shipped);
    }
    calendar.reload();
    boolean existed = removed != null && removed > 0;
    if (existed) {
      LOG.info("{} removed the holiday arrangement of {}{}", changedBy, year,
          shipped == null ? "" : " (the shipped file is loaded again)");
    }
    return existed;
  }

  private CalendarRepository.YearSummary summary(int year) {
    return repository.summaries().stream().filter(s -> s.year() == year).findFirst().orElseThrow();
  }
}
