package org.govmedia.workflow.supervision;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.supervision.CheckWindows.Plan;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The posts ledger ({@code gm_account_post}) as the automated checks read it: counts per day. */
final class PostCounts {

  private PostCounts() {}

  /** Posts and originals per day of the look-back, per account: [0] posts, [1] originals. */
  static Map<Long, int[][]> perDay(NamedParameterJdbcTemplate jdbc,
      List<SupervisionChecks.Subject> chunk, Plan plan) {
    int span = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), plan.lookBackTo()) + 1;
    Map<Long, int[][]> days = new HashMap<>();
    List<Long> ids = new ArrayList<>(chunk.size());
    for (SupervisionChecks.Subject s : chunk) {
      days.put(s.accountId(), new int[2][span]);
      ids.add(s.accountId());
    }
    // Driven from the accounts (primary key) into the ledger's (account_id, post_date) index: one
    // index range per account on H2 and PostgreSQL alike, whatever the size of the ledger.
    jdbc.query("""
        select p.account_id, p.post_date, count(*) as posts,
               sum(case when p.original then 1 else 0 end) as originals
        from gm_account a
        join gm_account_post p on p.account_id = cast(a.id as varchar(64))
          and p.post_date >= :from and p.post_date <= :to
        where a.id in (:ids)
        group by p.account_id, p.post_date
        """, new MapSqlParameterSource().addValue("ids", ids).addValue("from", plan.lookBackFrom())
        .addValue("to", plan.lookBackTo()), rs -> {
          int[][] counts = days.get(Long.valueOf(rs.getString(1)));
          int index = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), rs.getDate(2).toLocalDate());
          if (counts != null && index >= 0 && index < span) {
            counts[0][index] = rs.getInt(3);
            counts[1][index] = rs.getInt(4);
          }
        });
    return days;
  }
}
