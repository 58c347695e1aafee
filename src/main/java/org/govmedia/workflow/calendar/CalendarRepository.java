package org.govmedia.workflow.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's tables, {@code gm_calendar_year} (the covered years) and {@code gm_calendar_day}
 * (their listed days). Plain JDBC; the callers own the transactions. "day" and "year" are quoted:
 * reserved words in H2 2.x.
 */
@Repository
public class CalendarRepository {

  /** A covered year as {@code GET /api/calendar/years} lists it. */
  public record YearSummary(int year, int days, int offDays, int makeUpDays, String source,
      Instant loadedAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  public CalendarRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  public boolean hasYear(int year) {
    return jdbc.sql("SELECT COUNT(*) FROM gm_calendar_year WHERE \"year\" = ?")
        .param(year).query(Integer.class).single() > 0;
  }

  /** Inserts the year's row; fails with a duplicate key when another node was first. */
  public void insertYear(int year, String source, Instant loadedAt) {
    jdbc.sql("INSERT INTO gm_calendar_year (\"year\", source, loaded_at) VALUES (?, ?, ?)")
        .params(year, source, Timestamp.from(loadedAt)).update();
  }

  /** Updates the year's row, or inserts it when there is none. */
  public void saveYear(int year, String source, Instant loadedAt) {
    int updated = jdbc.sql("UPDATE gm_calendar_year SET source = ?, loaded_at = ? WHERE \"year\" = ?")
        .params(source, Timestamp.from(loadedAt), year).update();
    if (updated == 0) {
      insertYear(year, source, loadedAt);
    }
  }

  public void insertDays(int year, List<HolidayYear.Day> days) {
    jdbcTemplate.batchUpdate(
        "INSERT INTO gm_calendar_day (\"day\", \"year\", name, off_day) VALUES (?, ?, ?, ?)",
        days, 100, (ps, day) -> {
          ps.setObject(1, day.date());
          ps.setInt(2, year);
          ps.setString(3, day.name());
          ps.setBoolean(4, day.offDay());
        });
  }

  public int deleteDays(int year) {
    return jdbc.sql("DELETE FROM gm_calendar_day WHERE \"year\" = ?").param(year).update();
  }

  public int deleteYear(int year) {
    return jdbc.sql("DELETE FROM gm_calendar_year WHERE \"year\" = ?").param(year).update();
  }

  /** Every covered year with its listed days (a covered year may list none). */
  public List<HolidayYear> loadAll() {
    Map<Integer, List<HolidayYear.Day>> byYear = new LinkedHashMap<>();
    jdbc.sql("SELECT \"year\" FROM gm_calendar_year ORDER BY \"year\"")
        .query((rs, n) -> rs.getInt(1)).list()
        .forEach(year -> byYear.put(year, new ArrayList<>()));
    jdbc.sql("SELECT \"day\", \"year\", name, off_day FROM gm_calendar_day ORDER BY \"day\"")
        .query((RowCallbackHandler) rs -> {
          List<HolidayYear.Day> days = byYear.get(rs.getInt(2));
          if (days != null) {
            days.add(new HolidayYear.Day(rs.getString(3), rs.getObject(1, LocalDate.class),
                rs.getBoolean(4)));
          }
        });
    List<HolidayYear> years = new ArrayList<>();
    byYear.forEach((year, days) -> years.add(new HolidayYear(year, List.of(), days)));
    return years;
  }

  public List<YearSummary> summaries() {
    return jdbc.sql("""
            SELECT y."year", y.source, y.loaded_at,
                   COUNT(d."day"),
                   SUM(CASE WHEN d.off_day THEN 1 ELSE 0 END),
                   SUM(CASE WHEN d.off_day THEN 0 ELSE 1 END)
              FROM gm_calendar_year y
              LEFT JOIN gm_calendar_day d ON d."year" = y."year"
             GROUP BY y."year", y.source, y.loaded_at
             ORDER BY y."year"
            """)
        .query((rs, n) -> new YearSummary(rs.getInt(1), rs.getInt(4), rs.getInt(5), rs.getInt(6),
            rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list();
  }
}
