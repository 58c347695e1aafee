package org.govmedia.workflow.handover;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code gm_staff_handover}: the handovers that happened (baicheng art. 8): the account, the role,
 * who left and why, the successor, who handed over and when, who confirmed the takeover, who signed
 * off. No credential column exists. Plain JDBC; the callers own the transactions.
 */
@Repository
public class HandoverLog {

  /** One recorded handover. */
  public record Handover(Long id, Long accountId, String handoverRole, String leavingPerson,
      String changeReason, String successorName, String successorUserId, String handedOverBy,
      Instant handedOverAt, String confirmedBy, Instant confirmedAt, String signedOffBy,
      Instant signedOffAt, String processInstanceId) {}

  private final JdbcClient jdbc;

  public HandoverLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Handover h) {
    jdbc.sql("""
            insert into gm_staff_handover (account_id, handover_role, leaving_person, change_reason,
              successor_name, successor_user_id, handed_over_by, handed_over_at, confirmed_by,
              confirmed_at, signed_off_by, signed_off_at, process_instance_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(h.accountId(), h.handoverRole(), h.leavingPerson(), h.changeReason(),
            h.successorName(), h.successorUserId(), h.handedOverBy(), Timestamp.from(h.handedOverAt()),
            h.confirmedBy(), Timestamp.from(h.confirmedAt()), h.signedOffBy(),
            Timestamp.from(h.signedOffAt()), h.processInstanceId())
        .update();
  }

  public List<Handover> ofAccount(Long accountId) {
    return jdbc.sql("select * from gm_staff_handover where account_id = ? order by handed_over_at, id")
        .param(accountId)
        .query((rs, n) -> new Handover(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("handover_role"), rs.getString("leaving_person"),
            rs.getString("change_reason"), rs.getString("successor_name"),
            rs.getString("successor_user_id"), rs.getString("handed_over_by"),
            rs.getTimestamp("handed_over_at").toInstant(), rs.getString("confirmed_by"),
            rs.getTimestamp("confirmed_at").toInstant(), rs.getString("signed_off_by"),
            rs.getTimestamp("signed_off_at").toInstant(), rs.getString("process_instance_id")))
        .list();
  }
}
