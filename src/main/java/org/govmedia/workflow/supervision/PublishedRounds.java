package org.govmedia.workflow.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查结果向社会公开 (gaoxian 7(3); henan 6(2)): which reported inspection rounds a supervisor has
 * published (columns {@code published_at}, {@code published_by} of {@code gm_inspection_round}).
 */
@Repository
public class PublishedRounds {

  /** A published round with when it was published. */
  public record Published(SupervisionRecords.Round round, Instant publishedAt) {}

  private final NamedParameterJdbcTemplate jdbc;

  public PublishedRounds(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Marks a REPORTED round published. False when the round is not reported yet or was published
   * before (nothing changed then).
   */
  @Transactional
  public boolean publish(long roundId, String by) {
    return jdbc.update("""
        update gm_inspection_round set published_at = :now, published_by = :by
        where id = :id and status = 'REPORTED' and published_at is null
        """, Map.of("now", new Timestamp(ClockUtil.getCurrentTime().getTime()), "by", by,
        "id", roundId)) == 1;
  }

  /** When the round was published, empty when it is not. */
  @Transactional(readOnly = true)
  public Optional<Instant> publishedAt(long roundId) {
    return jdbc.query("select published_at from gm_inspection_round where id = :id",
        Map.of("id", roundId), (rs, n) -> SupervisionRows.instant(rs.getTimestamp("published_at")))
        .stream().filter(Objects::nonNull).findFirst();
  }

  /** The published rounds, the latest published first, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<Published> published(int limit) {
    return jdbc.query("""
        select * from gm_inspection_round where published_at is not null
        order by published_at desc, id desc
        """, Map.of(), (rs, n) -> new Published(SupervisionRows.round(rs),
        SupervisionRows.instant(rs.getTimestamp("published_at"))))
        .stream().limit(limit).toList();
  }
}
