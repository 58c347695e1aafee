package org.govmedia.workflow.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.govmedia.workflow.supervision.SupervisionRecords.Round;
import org.govmedia.workflow.supervision.SupervisionRecords.Supervision;

/** The rows of {@link SupervisionRecords} as records: one mapping per table, kept apart. */
final class SupervisionRows {

  private SupervisionRows() {}

  /** A row of gm_inspection_round. */
  static Round round(ResultSet rs) throws SQLException {
    return new Round(rs.getLong("id"), rs.getString("rule_set"), rs.getString("period"),
            rs.getString("round_kind"), rs.getInt("sample_percent"), rs.getString("owner_unit"),
            rs.getInt("eligible_count"), rs.getInt("account_count"), rs.getInt("started_count"),
            rs.getInt("decided_count"), rs.getString("status"), rs.getString("started_by"),
            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("reported_at")),
            rs.getString("process_instance_id"));
  }

  /** A row of gm_supervision joined with its account's name, unit, platform and status. */
  static Supervision supervision(ResultSet rs) throws SQLException {
    return new Supervision(rs.getLong("id"),
        (Long) rs.getObject("round_id", Long.class), rs.getLong("account_id"),
        rs.getString("account_name"), rs.getString("owner_unit"), rs.getString("platform"),
        rs.getString("account_status"), rs.getString("period"), rs.getString("status"),
        rs.getObject("checked_on", LocalDate.class), rs.getString("auto_findings"),
        rs.getString("auto_findings_json"), (Boolean) rs.getObject("auto_problem", Boolean.class),
        (Boolean) rs.getObject("prominent_problem", Boolean.class), rs.getString("findings"),
        rs.getString("inspected_by"), instant(rs.getTimestamp("inspected_at")),
        (Integer) rs.getObject("problem_count", Integer.class), rs.getString("escalation_action"),
        instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("rectification_due")),
        rs.getBoolean("overdue"), instant(rs.getTimestamp("interviewed_at")),
        (Boolean) rs.getObject("rectified", Boolean.class), instant(rs.getTimestamp("verified_at")),
        instant(rs.getTimestamp("shut_down_at")), instant(rs.getTimestamp("created_at")),
        rs.getString("process_instance_id"));
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
