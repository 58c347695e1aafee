package org.govmedia.workflow.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision records: rounds (gm_inspection_round) and supervisions of single accounts
 * (gm_supervision), written by the processes' delegates, read by the reports. Plain JDBC: a round
 * selects and starts thousands of rows set-wise. "Now" is the engine clock.
 */
@Repository
@Transactional
public class SupervisionRecords {

  /** Statuses an account is inspected in (and any unfiled account: gaoxian 7(3)). */
  static final List<String> INSPECTED_STATUSES = List.of("ACTIVE", "WARNED", "REPORTED", "INTERVIEWED");

  private final NamedParameterJdbcTemplate jdbc;

  public SupervisionRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------------------ rounds

  public record Round(long id, String ruleSet, String period, String roundKind, int samplePercent,
      String ownerUnit, int eligibleCount, int accountCount, int startedCount, int decidedCount,
      String status, String startedBy, Instant startedAt, Instant reportedAt,
      String processInstanceId) {}

  public long createRound(String ruleSet, String period, String kind, int percent, String ownerUnit,
      String startedBy, String processInstanceId) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update("""
        insert into gm_inspection_round (rule_set, period, round_kind, sample_percent, owner_unit,
          eligible_count, account_count, started_count, decided_count, status, started_by, started_at,
          process_instance_id)
        values (:ruleSet, :period, :kind, :percent, :ownerUnit, 0, 0, 0, 0, 'SELECTING', :startedBy,
          :now, :pid)
        """, new MapSqlParameterSource().addValue("ruleSet", ruleSet).addValue("period", period)
        .addValue("kind", kind).addValue("percent", percent).addValue("ownerUnit", ownerUnit)
        .addValue("startedBy", startedBy).addValue("now", now()).addValue("pid", processInstanceId),
        keys, new String[] {"id"});
    return keys.getKey().longValue();
  }

  /**
   * Selects the round's accounts into gm_supervision (status SELECTED): every account of the rule
   * set (and owner unit, when given) inspected in its status or unfiled, not yet in a supervision
   * of this period; for a sample, the first {@code ceil(eligible * percent / 100)} of them, those
   * inspected least often this year first (never inspected first), then by id. Returns the count.
   */
  public int select(long roundId, String ruleSet, String ownerUnit, String period, int year,
      boolean sample, int percent) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("ruleSet", ruleSet)
        .addValue("statuses", INSPECTED_STATUSES).addValue("period", period).addValue("year", year);
    String owner = "";
    if (ownerUnit != null && !ownerUnit.isBlank()) {
      owner = " and a.owner_unit = :ownerUnit";
      p.addValue("ownerUnit", ownerUnit);
    }
    List<Long> eligible = jdbc.query("""
        select a.id, coalesce(y.n, 0) as inspected
        from gm_account a
        left join (select account_id, count(*) as n from gm_supervision where check_year = :year
                   group by account_id) y on y.account_id = a.id
        where a.rule_set = :ruleSet and (a.status in (:statuses) or a.unfiled = true)""" + owner + """

          and not exists (select 1 from gm_supervision s where s.account_id = a.id and s.period = :period)
        order by inspected, a.id
        """, p, (rs, n) -> rs.getLong(1));
    int take = sample ? (int) Math.min(eligible.size(), (eligible.size() * (long) percent + 99) / 100)
        : eligible.size();
    List<Long> chosen = eligible.subList(0, take);
    Timestamp now = now();
    SqlParameterSource[] rows = chosen.stream().map(id -> new MapSqlParameterSource()
        .addValue("round", roundId).addValue("account", id).addValue("period", period)
        .addValue("year", year).addValue("key", id + ":" + period).addValue("now", now))
        .toArray(SqlParameterSource[]::new);
    jdbc.batchUpdate("""
        insert into gm_supervision (round_id, account_id, period, check_year, business_key, status,
          overdue, created_at, updated_at)
        values (:round, :account, :period, :year, :key, 'SELECTED', false, :now, :now)
        """, rows);
    jdbc.update("""
        update gm_inspection_round set eligible_count = :eligible, account_count = :count,
          status = 'RUNNING' where id = :id
        """, Map.of("eligible", eligible.size(), "count", take, "id", roundId));
    return take;
  }

  /** A selected account of a round not started yet. */
  public record Pending(long supervisionId, long accountId, String ruleSet, String accountClass,
      boolean unfiled, String businessKey) {}

  public List<Pending> nextToStart(long roundId, int limit) {
    return jdbc.query("""
        select s.id, s.account_id, a.rule_set, a.account_class, a.unfiled, s.business_key
        from gm_supervision s join gm_account a on a.id = s.account_id
        where s.round_id = :round and s.status = 'SELECTED'
        order by s.id
        """ + " fetch first " + Math.max(1, limit) + " rows only", Map.of("round", roundId), (rs, n) -> new Pending(rs.getLong(1),
        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6)));
  }

  public int countStarted(long roundId, int started) {
    jdbc.update("update gm_inspection_round set started_count = started_count + :n where id = :id",
        Map.of("n", started, "id", roundId));
    return round(roundId).map(Round::startedCount).orElse(0);
  }

  /** One more supervision of the round has its action: the decided count after it, and the total. */
  public int[] countDecided(long roundId) {
    jdbc.update("update gm_inspection_round set decided_count = decided_count + 1 where id = :id",
        Map.of("id", roundId));
    Round round = round(roundId).orElseThrow();
    return new int[] {round.decidedCount(), round.accountCount()};
  }

  public boolean allDecided(long roundId) {
    return round(roundId).map(r -> r.decidedCount() >= r.accountCount()).orElse(true);
  }

  public void reported(long roundId) {
    jdbc.update("update gm_inspection_round set status = 'REPORTED', reported_at = :now where id = :id",
        Map.of("now", now(), "id", roundId));
  }

  @Transactional(readOnly = true)
  public Optional<Round> round(long id) {
    return jdbc.query("select * from gm_inspection_round where id = :id", Map.of("id", id),
        (rs, n) -> SupervisionRows.round(rs)).stream().findFirst();
  }

  // ------------------------------------------------------------------------------ supervisions

  /** A supervision row with the account's name, unit and platform (for reports and the ladder). */
  public record Supervision(long id, Long roundId, long accountId, String accountName,
      String ownerUnit, String platform, String accountStatus, String period, String status,
      LocalDate checkedOn, String automatedFindings, String automatedFindingsJson,
      Boolean automatedProblem, Boolean prominentProblem, String findings, String inspectedBy,
      Instant inspectedAt, Integer problemCount, String escalationAction, Instant decidedAt,
      Instant rectificationDue, boolean overdue, Instant interviewedAt, Boolean rectified,
      Instant verifiedAt, Instant shutDownAt, Instant createdAt, String processInstanceId) {}

  /** A supervision started without a round (by hand): its row, SELECTED. */
  public long create(long accountId, String period, int year, String businessKey) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update("""
        insert into gm_supervision (round_id, account_id, period, check_year, business_key, status,
          overdue, created_at, updated_at)
        values (null, :account, :period, :year, :key, 'SELECTED', false, :now, :now)
        """, new MapSqlParameterSource().addValue("account", accountId).addValue("period", period)
        .addValue("year", year).addValue("key", businessKey).addValue("now", now()), keys,
        new String[] {"id"});
    return keys.getKey().longValue();
  }

  public void started(long id, String processInstanceId) {
    update(id, "status = 'STARTED', process_instance_id = :pid", Map.of("pid", processInstanceId));
  }

  public void checked(long id, SupervisionChecks.Result result, String resultJson) {
    update(id, "checked_on = :day, auto_findings = :text, auto_findings_json = :json, auto_problem = :problem",
        Map.of("day", result.checkedOn(), "text", clip(result.text()), "json", clip(resultJson),
            "problem", result.problem()));
  }

  /** Checks of many rows in one batch (a round's step). */
  public void checkedAll(List<Object[]> idResultJson) {
    SqlParameterSource[] rows = idResultJson.stream().map(r -> {
      SupervisionChecks.Result result = (SupervisionChecks.Result) r[1];
      return new MapSqlParameterSource().addValue("id", r[0]).addValue("day", result.checkedOn())
          .addValue("text", clip(result.text())).addValue("json", clip((String) r[2]))
          .addValue("problem", result.problem()).addValue("now", now());
    }).toArray(SqlParameterSource[]::new);
    jdbc.batchUpdate("""
        update gm_supervision set checked_on = :day, auto_findings = :text, auto_findings_json = :json,
          auto_problem = :problem, updated_at = :now where id = :id
        """, rows);
  }

  public void inspected(long id, boolean prominent, String findings, String by) {
    update(id, "status = 'INSPECTED', prominent_problem = :prominent, findings = :findings, "
        + "inspected_by = :by, inspected_at = :now", params("prominent", prominent, "findings",
        clip(findings), "by", by));
  }

  /** Prominent problems of the account in the year (this supervision's included once inspected). */
  @Transactional(readOnly = true)
  /** Prominent problems of the account inspected at or after {@code since} (this one included). */
  public int prominentProblemsSince(long accountId, Instant since) {
    Integer n = jdbc.queryForObject("""
        select count(*) from gm_supervision
        where account_id = :account and prominent_problem = true and inspected_at >= :since
        """, Map.of("account", accountId, "since", Timestamp.from(since)), Integer.class);
    return n == null ? 0 : n;
  }

  public int prominentProblems(long accountId, int year) {
    Integer n = jdbc.queryForObject("""
        select count(*) from gm_supervision
        where account_id = :account and check_year = :year and prominent_problem = true
        """, Map.of("account", accountId, "year", year), Integer.class);
    return n == null ? 0 : n;
  }

  public void decided(long id, int problemCount, String action) {
    update(id, "status = 'DECIDED', problem_count = :count, escalation_action = :action, decided_at = :now",
        params("count", problemCount, "action", action));
  }

  public void escalatedAgain(long id, String action) {
    update(id, "escalation_action = :action, decided_at = :now", params("action", action));
  }

  public void rectificationDue(long id, Date due) {
    update(id, "rectification_due = :due", params("due", new Timestamp(due.getTime())));
  }

  public void overdue(long id) {
    update(id, "overdue = true", Map.of());
  }

  public void interviewed(long id) {
    update(id, "interviewed_at = :now", Map.of());
  }

  public void verified(long id, boolean rectified) {
    update(id, "rectified = :rectified, verified_at = :now", params("rectified", rectified));
  }

  public void shutDown(long id) {
    update(id, "status = 'SHUT_DOWN', shut_down_at = :now", Map.of());
  }

  public void closed(long id) {
    update(id, "status = 'CLOSED'", Map.of());
  }

  @Transactional(readOnly = true)
  public Optional<Supervision> supervision(long id) {
    return query("where s.id = :id", Map.of("id", id)).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Supervision> ofRound(long roundId) {
    return query("where s.round_id = :round", Map.of("round", roundId));
  }

  @Transactional(readOnly = true)
  public List<Supervision> ofAccount(long accountId) {
    return query("where s.account_id = :account", Map.of("account", accountId));
  }

  private List<Supervision> query(String where, Map<String, ?> params) {
    return jdbc.query("""
        select s.*, a.name as account_name, a.owner_unit, a.platform, a.status as account_status
        from gm_supervision s join gm_account a on a.id = s.account_id
        """ + where + " order by s.id", params, (rs, n) -> SupervisionRows.supervision(rs));
  }

  // ------------------------------------------------------------------------------ helpers

  private void update(long id, String set, Map<String, ?> values) {
    MapSqlParameterSource p = new MapSqlParameterSource(values).addValue("id", id).addValue("now", now());
    jdbc.update("update gm_supervision set " + set + ", updated_at = :now where id = :id", p);
  }

  private static Map<String, Object> params(Object... keyValues) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
