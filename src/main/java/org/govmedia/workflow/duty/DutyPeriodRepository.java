package org.govmedia.workflow.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code gm_duty_period}: one row per duty period that holiday-duty was started for; its unique key
 * (period_start, period_name) makes starting a period idempotent across the scheduler, the REST API,
 * Tasklist and several nodes. Plain JDBC; the callers own the transactions.
 */
@Repository
public class DutyPeriodRepository {

  /** A recorded duty period. */
  public record DutyPeriod(Long id, String name, LocalDate start, LocalDate end, String source,
      String businessKey, String processInstanceId, String createdBy, Instant createdAt) {}

  private final JdbcClient jdbc;

  public DutyPeriodRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<DutyPeriod> find(LocalDate start, String name) {
    return jdbc.sql("select * from gm_duty_period where period_start = ? and period_name = ?")
        .params(start, name).query(DutyPeriodRepository::row).optional();
  }

  public void insert(String name, LocalDate start, LocalDate end, String source, String businessKey,
      String processInstanceId, String createdBy, Instant createdAt) {
    jdbc.sql("""
            insert into gm_duty_period (period_name, period_start, period_end, source, business_key,
                                        process_instance_id, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(name, start, end, source, businessKey, processInstanceId, createdBy,
            Timestamp.from(createdAt))
        .update();
  }

  /** Periods ending on or after the day, by start. */
  public List<DutyPeriod> endingOnOrAfter(LocalDate day) {
    return jdbc.sql("select * from gm_duty_period where period_end >= ? order by period_start, id")
        .param(day).query(DutyPeriodRepository::row).list();
  }

  private static DutyPeriod row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp created = rs.getTimestamp("created_at");
    return new DutyPeriod(rs.getLong("id"), rs.getString("period_name"),
        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
        rs.getString("source"), rs.getString("business_key"), rs.getString("process_instance_id"),
        rs.getString("created_by"), created == null ? null : created.toInstant());
  }
}
