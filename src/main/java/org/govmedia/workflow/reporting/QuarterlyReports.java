package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.reporting.ReportingVariables.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.govmedia.workflow.calendar.Deadlines;
import org.govmedia.workflow.calendar.Quarter;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.web.PageAsked;
import org.govmedia.workflow.web.ReportFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 季度报告 The quarterly report of a rule set (henan 6(2), 7(3); baicheng art. 14): the inspection
 * rounds of the supervision feature whose period lies in the quarter (the quarter itself, or one of
 * its months) with their supervisions, summed up; the deadline of report-deadline.dmn; and the
 * submission recorded by the quarter's quarterly-report instance. Read set-wise: one query for the
 * rounds, one aggregate for the totals (and the number of account lines), one for the account
 * lines: one page of them ({@link PageAsked}, for the JSON and HTML answers; a province's quarter
 * has tens of thousands) or all of them (the CSV and xlsx files). Optionally for one owner unit
 * (the supervisions of its accounts only).
 */
@Service
@Transactional(readOnly = true)
public class QuarterlyReports {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final Deadlines dates;
  private final ReportDeadlineRows deadlineRows;

  public QuarterlyReports(NamedParameterJdbcTemplate jdbc, ProcessEngine engine, Deadlines dates,
      ReportDeadlineRows deadlineRows) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.dates = dates;
    this.deadlineRows = deadlineRows;
  }

  public record Totals(int rounds, int eligible, int selected, int inspected, int passed,
      int prominent, int automatedProblems, Map<String, Integer> actions) {

    public Double passRate() {
      return ReportFormat.ratio(passed, inspected);
    }
  }

  public record RoundLine(long roundId, String period, String roundKind, int samplePercent,
      String ownerUnit, int eligibleCount, int accountCount, int decidedCount, String status,
      String reportedAt) {}

  public record Line(long supervisionId, long roundId, String period, long accountId,
      String accountName, String ownerUnit, String platform, String accountStatus,
      LocalDate checkedOn, String automatedFindings, Boolean automatedProblem,
      Boolean prominentProblem, String findings, Integer problemCount, String escalationAction,
      boolean overdue, Boolean rectified) {}

  /** What the quarter's quarterly-report instance recorded (null fields while it runs). */
  public record Submission(String processInstanceId, String state, String reportDeadline,
      Boolean overdue, Boolean approved, String submittedOn, String publishedLink,
      String submittedBy, Boolean submittedOnTime) {}

  /**
   * The lines a report carries: lines {@code first} to {@code last} (from 1; both 0 when the page
   * is past the end) of {@code lineCount}, page {@code number} of {@code pages}.
   */
  public record Shown(int number, int size, int pages, long first, long last) {}

  /** {@code accounts} are the lines of {@code page} (all of them when {@code page} is null). */
  public record Report(String ruleSet, String quarter, LocalDate from, LocalDate to, String ownerUnit,
      List<String> periods, LocalDate deadlineDay, String deadline, Totals totals,
      List<RoundLine> rounds, int lineCount, Shown page, List<Line> accounts,
      Submission submission) {}

  public static String path(String ruleSet, String quarter, String ownerUnit) {
    String path = "/api/reports/quarters/" + quarter + "?ruleSet=" + enc(ruleSet);
    return ownerUnit == null || ownerUnit.isBlank() ? path : path + "&ownerUnit=" + enc(ownerUnit);
  }

  /**
   * The report with one page of its account lines, or all of them when {@code page} is null.
   * Outside the read-only transaction: the first evaluation of report-deadline for a rule set
   * writes the decision's history, which PostgreSQL refuses in a read-only transaction. The queries
   * read committed data as they are.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Report report(String ruleSet, Quarter quarter, String ownerUnit, PageAsked page) {
    Object day = deadlineRows.row(ruleSet).get("deadlineDay");
    LocalDate deadlineDay = dates.reportDay(quarter.toString(), day);
    Date deadline = dates.report(quarter.toString(), day);
    List<RoundLine> rounds = rounds(ruleSet, quarter, ownerUnit);
    Totals totals = totals(ruleSet, quarter, ownerUnit, rounds);
    List<Line> lines = lines(ruleSet, quarter, ownerUnit, page, rounds);
    return new Report(ruleSet, quarter.toString(), quarter.firstDay(), quarter.lastDay(), ownerUnit,
        quarter.periods(), deadlineDay, iso(deadline), totals, rounds, totals.selected(),
        shown(page, totals.selected(), lines.size()), lines, submission(ruleSet, quarter, ownerUnit));
  }

  private static Shown shown(PageAsked page, int lineCount, int lines) {
    if (page == null) {
      return new Shown(1, lineCount, 1, lineCount == 0 ? 0 : 1, lineCount);
    }
    int pages = (int) Math.max(1, (lineCount + (long) page.size() - 1) / page.size());
    long first = lines == 0 ? 0 : page.offset() + 1;
    return new Shown(page.number(), page.size(), pages, first, lines == 0 ? 0 : page.offset() + lines);
  }

  public Totals totals(String ruleSet, Quarter quarter, String ownerUnit) {
    return totals(ruleSet, quarter, ownerUnit, rounds(ruleSet, quarter, ownerUnit));
  }

  private Totals totals(String ruleSet, Quarter quarter, String ownerUnit, List<RoundLine> rounds) {
    MapSqlParameterSource p = params(ruleSet, quarter, ownerUnit).addValue("roundIds", roundIds(rounds));
    Map<String, Integer> actions = new TreeMap<>();
    int[] sums = new int[5];
    jdbc.query("""
        select s.escalation_action, count(*) as selected,
          sum(case when s.prominent_problem is not null then 1 else 0 end) as inspected,
          sum(case when s.prominent_problem = false then 1 else 0 end) as passed,
          sum(case when s.prominent_problem = true then 1 else 0 end) as prominent,
          sum(case when s.auto_problem = true then 1 else 0 end) as auto_problems
        from gm_supervision s""" + (unitFilter(ownerUnit).isEmpty() ? "" : " join gm_account a on a.id = s.account_id")
        + " where s.round_id in (:roundIds)" + unitFilter(ownerUnit) + """

        group by s.escalation_action
        """, p, rs -> {
          for (int i = 0; i < 5; i++) {
            sums[i] += rs.getInt(i + 2);
          }
          String action = rs.getString(1);
          actions.merge(action == null ? "PENDING" : action, rs.getInt(2), Integer::sum);
        });
    int eligible = rounds.stream().mapToInt(RoundLine::eligibleCount).sum();
    return new Totals(rounds.size(), eligible, sums[0], sums[1], sums[2], sums[3], sums[4], actions);
  }

  List<RoundLine> rounds(String ruleSet, Quarter quarter, String ownerUnit) {
    String unit = ownerUnit == null || ownerUnit.isBlank() ? "" : """
         and exists (select 1 from gm_supervision s join gm_account a on a.id = s.account_id
                     where s.round_id = r.id and a.owner_unit = :ownerUnit)""";
    return jdbc.query("""
        select r.id, r.period, r.round_kind, r.sample_percent, r.owner_unit, r.eligible_count,
          r.account_count, r.decided_count, r.status, r.reported_at
        from gm_inspection_round r
        where r.rule_set = :ruleSet and r.period in (:periods)""" + unit + """

        order by r.period, r.id
        """, params(ruleSet, quarter, ownerUnit), (rs, n) -> new RoundLine(rs.getLong(1), rs.getString(2),
        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
        rs.getString(9), rs.getTimestamp(10) == null ? null : iso(rs.getTimestamp(10))));
  }

  /** One page of the lines (all of them when {@code page} is null), in one query. */
  List<Line> lines(String ruleSet, Quarter quarter, String ownerUnit, PageAsked page, List<RoundLine> rounds) {
    MapSqlParameterSource p = params(ruleSet, quarter, ownerUnit).addValue("roundIds", roundIds(rounds));
    String window = "";
    if (page != null) {
      window = " offset :offset rows fetch next :size rows only";
      p.addValue("offset", page.offset()).addValue("size", page.size());
    }
    return jdbc.query("""
        select s.id, s.round_id, r.period, s.account_id, a.name, a.owner_unit, a.platform, a.status,
          s.checked_on, s.auto_findings, s.auto_problem, s.prominent_problem, s.findings,
          s.problem_count, s.escalation_action, s.overdue, s.rectified
        from gm_supervision s
        join gm_inspection_round r on r.id = s.round_id
        join gm_account a on a.id = s.account_id
        where s.round_id in (:roundIds)""" + unitFilter(ownerUnit) + """

        order by a.owner_unit, a.name, s.id""" + window, p, (rs, n) -> new Line(rs.getLong(1), rs.getLong(2),
        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
        (Boolean) rs.getObject(11, Boolean.class), (Boolean) rs.getObject(12, Boolean.class),
        rs.getString(13), (Integer) rs.getObject(14, Integer.class), rs.getString(15),
        rs.getBoolean(16), (Boolean) rs.getObject(17, Boolean.class)));
  }

  Submission submission(String ruleSet, Quarter quarter, String ownerUnit) {
    String key = businessKey(ruleSet, quarter.toString(), ownerUnit);
    return AsApplication.run(engine, () -> {
      var history = engine.getHistoryService();
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROCESS).processInstanceBusinessKey(key)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1);
      if (instances.isEmpty()) {
        return null;
      }
      HistoricProcessInstance instance = instances.get(0);
      Map<String, Object> vars = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableNameIn(REPORT_DEADLINE, OVERDUE, "approved",
              SUBMITTED_ON, PUBLISHED_LINK, "submittedBy", "submittedOnTime").unlimitedList()) {
        vars.put(v.getName(), v.getValue());
      }
      Object deadline = vars.get(REPORT_DEADLINE);
      return new Submission(instance.getId(), instance.getState(),
          deadline instanceof Date d ? iso(d) : null, (Boolean) vars.get(OVERDUE),
          vars.get("approved") instanceof Boolean b ? b : null, (String) vars.get(SUBMITTED_ON),
          (String) vars.get(PUBLISHED_LINK), (String) vars.get("submittedBy"),
          (Boolean) vars.get("submittedOnTime"));
    });
  }

  private MapSqlParameterSource params(String ruleSet, Quarter quarter, String ownerUnit) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("ruleSet", ruleSet)
        .addValue("periods", quarter.periods());
    if (ownerUnit != null && !ownerUnit.isBlank()) {
      p.addValue("ownerUnit", ownerUnit);
    }
    return p;
  }

  /**
   * The quarter's rounds by id: a province's supervisions are found by the index on their round
   * (30,000 of 600,000), where a join on the rounds' rule set and period made PostgreSQL scan every
   * supervision in parallel on each read. No round: an id no round has.
   */
  private static List<Long> roundIds(List<RoundLine> rounds) {
    return rounds.isEmpty() ? List.of(-1L) : rounds.stream().map(RoundLine::roundId).toList();
  }

  private static String unitFilter(String ownerUnit) {
    return ownerUnit == null || ownerUnit.isBlank() ? "" : " and a.owner_unit = :ownerUnit";
  }

  private String iso(Date date) {
    return ISO.format(date.toInstant().atZone(dates.zone()));
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
