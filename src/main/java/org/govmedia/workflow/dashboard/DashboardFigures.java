package org.govmedia.workflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.overdue.OverdueInstances;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监管看板 The supervisors' dashboard figures, each one aggregate query (count / group by), never a
 * loop over rows of the database:
 * <ul>
 *   <li>overdue items: running process instances whose process set {@code overdue = true} (every
 *       deadline-bearing process does when its deadline passes), by process and by unit (the
 *       instance's {@code ownerUnit}, for citizen messages the {@code department} 承办科室);</li>
 *   <li>reply timeliness per month of the last 12 months, from the replies' outcome kept with the
 *       messages (gm_message.replied_at, on_time: baicheng art. 10, judged at publication);</li>
 *   <li>accounts of the register by status; the ladder's steps 提醒 → 通报 → 约谈 → 关停 taken this
 *       year (gm_account_status_change; gaoxian 1, 7(3));</li>
 *   <li>the update-frequency findings (UPDATE_FREQUENCY, SILENT_TWO_WEEKS) of the last inspection
 *       round, per unit and day of its period: how many of the unit's accounts a finding's window
 *       covers that day.</li>
 * </ul>
 * Months and years are those of Beijing time; "now" is the engine's clock.
 */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

  static final List<String> LADDER = List.of("WARNED", "REPORTED", "INTERVIEWED", "SHUT_DOWN");
  static final List<String> UPDATE_FINDINGS = List.of("UPDATE_FREQUENCY", "SILENT_TWO_WEEKS");
  /** Units drawn as calendars in the heat map (the most findings first); the list shows all. */
  static final int HEAT_UNITS = 12;

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;
  private final ZoneId zone;
  private final ClerkDisplay display;

  public DashboardFigures(NamedParameterJdbcTemplate jdbc, ObjectMapper json, GovmediaProperties properties,
      ClerkDisplay display) {
    this.jdbc = jdbc;
    this.json = json;
    this.zone = ZoneId.of(properties.zone());
    this.display = display;
  }

  public record Count(String code, String name, long count) {}

  public record Month(String month, long replies, long onTime, Double rate) {}

  public record HeatUnit(String unit, long total, List<Object[]> days) {}

  public record Heat(Long roundId, String ruleSet, String ruleSetName, String period, LocalDate from,
      LocalDate to, int max, List<HeatUnit> units, int otherUnits) {}

  public record Figures(String generatedAt, List<Count> overdueByProcess, List<Count> overdueByUnit,
      List<Month> timeliness, List<Count> accountsByStatus, int ladderYear, List<Count> ladderSteps,
      Heat heat) {}

  public Figures figures() {
    LocalDate today = today();
    return new Figures(display.dateTime(ClockUtil.getCurrentTime()),
        overdueByProcess(), overdueByUnit(), timeliness(YearMonth.from(today)), accountsByStatus(),
        today.getYear(), ladderSteps(today.getYear()), heat());
  }

  LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** The overdue flag of a running instance (a boolean is kept as LONG_ 1). */
  static final String OVERDUE_INSTANCES = OverdueInstances.FROM + """
      left join ACT_RU_VARIABLE u on u.PROC_INST_ID_ = v.PROC_INST_ID_ and u.EXECUTION_ID_ = v.PROC_INST_ID_
        and u.NAME_ = 'ownerUnit'
      left join ACT_RU_VARIABLE dep on dep.PROC_INST_ID_ = v.PROC_INST_ID_ and dep.EXECUTION_ID_ = v.PROC_INST_ID_
        and dep.NAME_ = 'department'
      """ + "where " + OverdueInstances.WHERE + "\n";

  static final String UNIT = "coalesce(u.TEXT_, dep.TEXT_)";

  List<Count> overdueByProcess() {
    return jdbc.query("select d.KEY_, max(d.NAME_), count(*) " + OVERDUE_INSTANCES
        + " group by d.KEY_ order by count(*) desc, d.KEY_", Map.of(),
        (rs, n) -> new Count(rs.getString(1), DashboardNames.process(rs.getString(2), rs.getString(1)),
            rs.getLong(3)));
  }

  List<Count> overdueByUnit() {
    return jdbc.query("select " + UNIT + ", count(*) " + OVERDUE_INSTANCES + " group by " + UNIT
        + " order by count(*) desc", Map.of(),
        (rs, n) -> new Count(rs.getString(1), DashboardNames.unit(rs.getString(1)), rs.getLong(2)));
  }

  /** The 12 months up to this one; one range scan of gm_message.replied_at, months cut in Beijing time. */
  List<Month> timeliness(YearMonth current) {
    YearMonth first = current.minusMonths(11);
    MapSqlParameterSource p = new MapSqlParameterSource();
    StringBuilder which = new StringBuilder("case");
    for (int i = 1; i <= 12; i++) {
      p.addValue("b" + i, start(first.plusMonths(i)));
      which.append(" when replied_at < :b").append(i).append(" then ").append(i - 1);
    }
    which.append(" end");
    p.addValue("b0", start(first));
    Map<Integer, long[]> byMonth = new HashMap<>();
    jdbc.query("select m, count(*), sum(ok) from (select " + which + " as m,"
        + " case when on_time = true then 1 else 0 end as ok from gm_message"
        + " where replied_at >= :b0 and replied_at < :b12) x group by m", p,
        rs -> {
          byMonth.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
    List<Month> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long[] v = byMonth.getOrDefault(i, new long[2]);
      months.add(new Month(first.plusMonths(i).toString(), v[0], v[1],
          v[0] == 0 ? null : Math.round(1000.0 * v[1] / v[0]) / 10.0));
    }
    return months;
  }

  List<Count> accountsByStatus() {
    return jdbc.query("select status, count(*) from gm_account group by status order by count(*) desc, status",
        Map.of(), (rs, n) -> new Count(rs.getString(1), DashboardNames.status(rs.getString(1)), rs.getLong(2)));
  }

  List<Count> ladderSteps(int year) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query("""
        select to_status, count(*) from gm_account_status_change
        where changed_at >= :from and changed_at < :to and to_status in (:ladder) group by to_status
        """, yearParams(year), rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return LADDER.stream().map(s -> new Count(s, DashboardNames.status(s), counts.getOrDefault(s, 0L))).toList();
  }

  MapSqlParameterSource yearParams(int year) {
    return new MapSqlParameterSource().addValue("from", start(YearMonth.of(year, 1)))
        .addValue("to", start(YearMonth.of(year + 1, 1))).addValue("ladder", LADDER);
  }

  Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
  }

  /** The last inspection round: the one started last. */
  Map<String, Object> lastRound() {
    List<Map<String, Object>> rounds = jdbc.queryForList("""
        select id, rule_set, period from gm_inspection_round
        order by started_at desc, id desc fetch first 1 rows only""", Map.of());
    return rounds.isEmpty() ? null : rounds.get(0);
  }

  Heat heat() {
    Map<String, Object> round = lastRound();
    if (round == null) {
      return new Heat(null, null, null, null, null, null, 0, List.of(), 0);
    }
    long roundId = ((Number) round.get("id")).longValue();
    String period = (String) round.get("period");
    LocalDate[] range = periodDays(period);
    Map<String, TreeMap<LocalDate, Integer>> byUnit = new HashMap<>();
    for (Covered c : covered(roundId, range, null)) {
      TreeMap<LocalDate, Integer> days = byUnit.computeIfAbsent(c.unit(), u -> new TreeMap<>());
      c.days().forEach(d -> days.merge(d, 1, Integer::sum));
    }
    int max = 0;
    List<HeatUnit> units = new ArrayList<>();
    for (var entry : byUnit.entrySet()) {
      long total = 0;
      List<Object[]> days = new ArrayList<>();
      for (var day : entry.getValue().entrySet()) {
        days.add(new Object[] {day.getKey().toString(), day.getValue()});
        total += day.getValue();
        max = Math.max(max, day.getValue());
      }
      units.add(new HeatUnit(entry.getKey(), total, days));
    }
    units.sort(Comparator.comparingLong(HeatUnit::total).reversed().thenComparing(HeatUnit::unit));
    int others = Math.max(0, units.size() - HEAT_UNITS);
    String ruleSet = (String) round.get("rule_set");
    return new Heat(roundId, ruleSet, DashboardNames.ruleSet(ruleSet), period, range[0], range[1], max,
        units.subList(0, Math.min(HEAT_UNITS, units.size())), others);
  }

  /** A supervision of a round whose update findings cover days of the period. */
  record Covered(long supervisionId, String unit, List<LocalDate> days) {}

  /**
   * The update findings of a round's supervisions (one query; the findings' windows read from their
   * JSON), optionally of one unit, as the days of the period they cover.
   */
  List<Covered> covered(long roundId, LocalDate[] range, String unit) {
    MapSqlParameterSource p = new MapSqlParameterSource("round", roundId);
    String unitFilter = "";
    if (unit != null) {
      unitFilter = " and a.owner_unit = :unit";
      p.addValue("unit", unit);
    }
    List<Covered> result = new ArrayList<>();
    jdbc.query("select s.id, a.owner_unit, s.auto_findings_json from gm_supervision s"
        + " join gm_account a on a.id = s.account_id where s.round_id = :round"
        + " and (s.auto_findings_json like '%\"UPDATE_FREQUENCY\"%' or s.auto_findings_json like '%\"SILENT_TWO_WEEKS\"%')"
        + unitFilter, p, rs -> {
          List<LocalDate> days = days(rs.getString(3), range);
          if (!days.isEmpty()) {
            result.add(new Covered(rs.getLong(1), rs.getString(2), days));
          }
        });
    return result;
  }

  private List<LocalDate> days(String findingsJson, LocalDate[] range) {
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
    try {
      for (JsonNode f : json.readTree(findingsJson).path("findings")) {
        if (!UPDATE_FINDINGS.contains(f.path("code").asText()) || !f.hasNonNull("from") || !f.hasNonNull("to")) {
          continue;
        }
        LocalDate from = LocalDate.parse(f.get("from").asText());
        LocalDate to = LocalDate.parse(f.get("to").asText());
        for (LocalDate d = from.isBefore(range[0]) ? range[0] : from; !d.isAfter(to) && !d.isAfter(range[1]);
            d = d.plusDays(1)) {
          days.add(d);
        }
      }
    } catch (Exception unreadable) {
      // a findings text clipped at its column's length: its days are not drawn
    }
    return new ArrayList<>(days);
  }

  /** The days of a period: 2025-10 (a month), 2025-Q4 (a quarter), 2025 (a year). */
  static LocalDate[] periodDays(String period) {
    if (period.matches("\\d{4}-\\d{2}")) {
      YearMonth m = YearMonth.parse(period);
      return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
    }
    if (period.matches("\\d{4}-Q[1-4]")) {
      int year = Integer.parseInt(period.substring(0, 4));
      int q = period.charAt(6) - '0';
      YearMonth first = YearMonth.of(year, 3 * q - 2);
      return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
    }
    int year = Integer.parseInt(period.substring(0, 4));
    return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
  }

  static Map<String, String> names(List<Count> counts) {
    Map<String, String> names = new LinkedHashMap<>();
    counts.forEach(c -> names.put(c.code(), c.name()));
    return names;
  }
}
