package org.govmedia.workflow.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up (after Flyway, before the web server takes requests) loads each shipped year
 * ({@code classpath:calendar/holidays/YYYY.json}) into the database when that year is not there
 * yet, then fills the {@link WorkingCalendar}. A year already in {@code gm_calendar_year} is left
 * alone, so an administrator's change survives a restart.
 *
 * <p>Each year is loaded in its own transaction and its {@code gm_calendar_year} row is written
 * first: when two nodes start together on one database, the second one's insert fails on the
 * primary key (after waiting for the first one's commit), its transaction rolls back, and it reads
 * the year as present (any other failure, with the year still absent, is thrown).
 */
@Component
public class CalendarLoader implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarLoader.class);

  private final CalendarRepository repository;
  private final WorkingCalendar calendar;
  private final TransactionTemplate transaction;
  private final ObjectMapper mapper;

  public CalendarLoader(CalendarRepository repository, WorkingCalendar calendar,
      PlatformTransactionManager transactionManager, ObjectMapper mapper) {
    this.repository = repository;
    this.calendar = calendar;
    this.transaction = new TransactionTemplate(transactionManager);
    this.mapper = mapper;
  }

  @Override
  public void afterSingletonsInstantiated() {
    shippedYears().values().forEach(this::loadIfAbsent);
    calendar.reload();
    LOG.info("Working-day calendar covers the years {}", calendar.coveredYears());
  }

  /** The years shipped with the application. */
  public Map<Integer, HolidayFiles.Shipped> shippedYears() {
    return HolidayFiles.readAll(mapper);
  }

  /**
   * Loads a shipped year unless the database has that year. Tolerates another node loading it at
   * the same moment.
   *
   * @return true when this call wrote the year
   */
  public boolean loadIfAbsent(HolidayFiles.Shipped shipped) {
    HolidayYear year = shipped.year();
    if (repository.hasYear(year.year())) {
      return false;
    }
    try {
      Boolean written = transaction.execute(status -> {
        if (repository.hasYear(year.year())) {
          return false;
        }
        repository.insertYear(year.year(), year.sourceText("classpath:" + shipped.resource()),
            Instant.now());
        repository.insertDays(year.year(), year.days());
        return true;
      });
      if (Boolean.TRUE.equals(written)) {
        LOG.info("Loaded the holiday arrangement of {} from {} ({} days)", year.year(),
            shipped.resource(), year.days().size());
      }
      return Boolean.TRUE.equals(written);
    } catch (DataAccessException e) {
      // a duplicate key (PostgreSQL) or a concurrent-update error (H2) when another node was first
      if (repository.hasYear(year.year())) {
        LOG.info("The holiday arrangement of {} was loaded by another node at the same time ({})",
            year.year(), e.getClass().getSimpleName());
        return false;
      }
      throw e;
    }
  }
}
