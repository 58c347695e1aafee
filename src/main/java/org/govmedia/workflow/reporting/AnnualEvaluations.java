package org.govmedia.workflow.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.web.ReportFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度考核 The yearly evaluation of every account of the register and of every owner unit
 * (yakeshi art. 18; gaoxian 7(4)), set-wise in three SQL aggregates over the year:
 * <ul>
 *   <li>accounts with their supervisions of the year (gm_supervision.check_year): inspected, passed
 *       (inspected without a prominent problem), ladder steps (escalation actions WARN, REPORT,
 *       INTERVIEW, SHUTDOWN), update compliance (checked supervisions whose automated update checks
 *       found none of SILENT_TWO_WEEKS, UPDATE_FREQUENCY, ORIGINALS), and their filings confirmed in
 *       the year (gm_account_filing) on time (not overdue, filed by the deadline);</li>
 *   <li>the ladder's highest step reached in the year from the status history
 *       (gm_account_status_change: WARNED, REPORTED, INTERVIEWED, SHUT_DOWN);</li>
 *   <li>reply timeliness: message-reply instances finished in the year (gm_message, for the rule
 *       set) with their {@code onTime} and {@code workingDaysLate} from the engine's history, per
 *       {@code department} (承办科室). A message names no account, so timeliness is given per owner
 *       unit (department = owner unit) and for the whole scope, not per account.</li>
 * </ul>
 * Year boundaries: Asia/Shanghai (the calendar's zone).
 */
@Service
@Transactional(readOnly = true)
public class AnnualEvaluations {

  static final List<String> LADDER = List.of("WARNED", "REPORTED", "INTERVIEWED", "SHUT_DOWN");

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingCalendar calendar;

  public AnnualEvaluations(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** Inspections, ladder, updates and filings of one account or one unit (sums of its accounts). */
  public record Figures(int supervisions, int inspected, int passed, int prominent, int checked,
      int updateCompliant, int warn, int report, int interview, int shutdown, int filings,
      int filingsOnTime) {

    public Double passRate() { return ReportFormat.ratio(passed, inspected); }
    public Double updateCompliance() { return ReportFormat.ratio(updateCompliant, checked); }
    public Double filingTimeliness() { return ReportFormat.ratio(filingsOnTime, filings); }

    Figures plus(Figures o) {
      return new Figures(supervisions + o.supervisions, inspected + o.inspected, passed + o.passed,
          prominent + o.prominent, checked + o.checked, updateCompliant + o.updateCompliant,
          warn + o.warn, report + o.report, interview + o.interview, shutdown + o.shutdown,
          filings + o.filings, filingsOnTime + o.filingsOnTime);
    }

    static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Reply timeliness: finished replies, on time, working days late in all. */
  public record Replies(int replies, int onTime, int workingDaysLate) {
    public Double timeliness() { return ReportFormat.ratio(onTime, replies); }

    Replies plus(Replies o) {
      return new Replies(replies + o.replies, onTime + o.onTime, workingDaysLate + o.workingDaysLate);
    }

    static final Replies NONE = new Replies(0, 0, 0);
  }

  public record AccountLine(long accountId, String accountName, String ownerUnit, String platform,
      String ruleSet, String status, Figures figures, String highestStep) {}

  public record UnitLine(String ownerUnit, int accounts, Figures figures, Replies replies) {}

  public record Evaluation(int year, String ruleSet, String ownerUnit, LocalDate from, LocalDate to,
      Figures totals, Replies replies, List<UnitLine> units, List<AccountLine> accounts) {}

  public Evaluation evaluate(int year, String ruleSet, String ownerUnit) {
    LocalDate first = LocalDate.of(year, 1, 1);
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("year", year)
        .addValue("from", Timestamp.from(first.atStartOfDay(calendar.zone()).toInstant()))
        .addValue("to", Timestamp.from(first.plusYears(1).atStartOfDay(calendar.zone()).toInstant()))
        .addValue("ladder", LADDER);
    StringBuilder where = new StringBuilder(" where a.created_at < :to");
    if (ruleSet != null) {
      where.append(" and a.rule_set = :ruleSet");
      p.addValue("ruleSet", ruleSet);
    }
    if (ownerUnit != null) {
      where.append(" and a.owner_unit = :ownerUnit");
      p.addValue("ownerUnit", ownerUnit);
    }
    Map<Long, String> highest = highestSteps(p, where.toString());
    List<AccountLine> accounts = jdbc.query("""
        select a.id, a.name, a.owner_unit, a.platform, a.rule_set, a.status,
          coalesce(s.supervisions, 0), coalesce(s.inspected, 0), coalesce(s.passed, 0),
          coalesce(s.prominent, 0), coalesce(s.checked, 0), coalesce(s.update_ok, 0),
          coalesce(s.warn, 0), coalesce(s.report, 0), coalesce(s.interview, 0), coalesce(s.shutdown, 0),
          coalesce(f.filings, 0), coalesce(f.on_time, 0)
        from gm_account a
        left join (
          select account_id, count(*) as supervisions,
            sum(case when prominent_problem is not null then 1 else 0 end) as inspected,
            sum(case when prominent_problem = false then 1 else 0 end) as passed,
            sum(case when prominent_problem = true then 1 else 0 end) as prominent,
            sum(case when checked_on is not null then 1 else 0 end) as checked,
            sum(case when checked_on is not null and coalesce(auto_findings_json, '') not like '%"SILENT_TWO_WEEKS"%'
              and coalesce(auto_findings_json, '') not like '%"UPDATE_FREQUENCY"%'
              and coalesce(auto_findings_json, '') not like '%"ORIGINALS"%' then 1 else 0 end) as update_ok,
            sum(case when escalation_action = 'WARN' then 1 else 0 end) as warn,
            sum(case when escalation_action = 'REPORT' then 1 else 0 end) as report,
            sum(case when escalation_action = 'INTERVIEW' then 1 else 0 end) as interview,
            sum(case when escalation_action = 'SHUTDOWN' then 1 else 0 end) as shutdown
          from gm_supervision where check_year = :year group by account_id
        ) s on s.account_id = a.id
        left join (
          select account_id, count(*) as filings,
            sum(case when overdue = false and (deadline is null or filed_at <= deadline) then 1 else 0 end) as on_time
          from gm_account_filing where filed_at >= :from and filed_at < :to group by account_id
        ) f on f.account_id = a.id
        """ + where + " order by a.owner_unit, a.name, a.id", p, (rs, n) -> new AccountLine(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), new Figures(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
            rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
            rs.getInt(17), rs.getInt(18)), highest.get(rs.getLong(1))));
    Map<String, Replies> replies = replies(p, ruleSet);
    Map<String, Figures> unitFigures = new LinkedHashMap<>();
    Map<String, Integer> unitAccounts = new HashMap<>();
    Figures totals = Figures.ZERO;
    for (AccountLine a : accounts) {
      unitFigures.merge(a.ownerUnit(), a.figures(), Figures::plus);
      unitAccounts.merge(a.ownerUnit(), 1, Integer::sum);
      totals = totals.plus(a.figures());
    }
    List<UnitLine> units = new ArrayList<>();
    unitFigures.forEach((unit, figures) -> units.add(new UnitLine(unit, unitAccounts.get(unit), figures,
        replies.getOrDefault(unit, Replies.NONE))));
    Replies allReplies = Replies.NONE;
    if (ownerUnit == null) {
      for (Replies r : replies.values()) {
        allReplies = allReplies.plus(r);
      }
    } else {
      allReplies = replies.getOrDefault(ownerUnit, Replies.NONE);
    }
    return new Evaluation(year, ruleSet, ownerUnit, first, first.plusYears(1).minusDays(1), totals,
        allReplies, units, accounts);
  }

  /** The highest ladder status each account reached in the year (status history). */
  private Map<Long, String> highestSteps(MapSqlParameterSource p, String where) {
    Map<Long, String> highest = new HashMap<>();
    jdbc.query("""
        select c.account_id, c.to_status from gm_account_status_change c
        join gm_account a on a.id = c.account_id
        """ + where + """
         and c.changed_at >= :from and c.changed_at < :to and c.to_status in (:ladder)
        group by c.account_id, c.to_status
        """, p, rs -> {
          highest.merge(rs.getLong(1), rs.getString(2),
              (x, y) -> LADDER.indexOf(x) >= LADDER.indexOf(y) ? x : y);
        });
    return highest;
  }

  /** Finished message-reply instances of the year per department (null key: none named). */
  private Map<String, Replies> replies(MapSqlParameterSource p, String ruleSet) {
    Map<String, Replies> replies = new HashMap<>();
    jdbc.query("""
        select d.TEXT_, count(*), sum(case when o.LONG_ = 1 then 1 else 0 end), sum(coalesce(l.LONG_, 0))
        from ACT_HI_PROCINST p
        join gm_message m on m.process_instance_id = p.PROC_INST_ID_
        join ACT_HI_VARINST o on o.PROC_INST_ID_ = p.PROC_INST_ID_ and o.EXECUTION_ID_ = p.PROC_INST_ID_
          and o.NAME_ = 'onTime'
        left join ACT_HI_VARINST l on l.PROC_INST_ID_ = p.PROC_INST_ID_ and l.EXECUTION_ID_ = p.PROC_INST_ID_
          and l.NAME_ = 'workingDaysLate'
        left join ACT_HI_VARINST d on d.PROC_INST_ID_ = p.PROC_INST_ID_ and d.EXECUTION_ID_ = p.PROC_INST_ID_
          and d.NAME_ = 'department'
        where p.PROC_DEF_KEY_ = 'message-reply' and p.END_TIME_ >= :from and p.END_TIME_ < :to
        """ + (ruleSet == null ? "" : " and m.rule_set = :ruleSet") + """

        group by d.TEXT_
        """, p, rs -> {
          replies.merge(rs.getString(1), new Replies(rs.getInt(2), rs.getInt(3), rs.getInt(4)), Replies::plus);
        });
    return replies;
  }
}
