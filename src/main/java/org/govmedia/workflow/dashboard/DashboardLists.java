package org.govmedia.workflow.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists behind the dashboard's figures (one click on a bar, a point or a day): the same
 * selection as the figure, at most {@value #ROWS} rows a page with the total, Beijing time, every
 * code by its Chinese name.
 */
@Service
@Transactional(readOnly = true)
public class DashboardLists {

  static final int ROWS = 200;

  private final NamedParameterJdbcTemplate jdbc;
  private final DashboardFigures figures;
  private final ClerkDisplay display;

  public DashboardLists(NamedParameterJdbcTemplate jdbc, DashboardFigures figures, ClerkDisplay display) {
    this.jdbc = jdbc;
    this.figures = figures;
    this.display = display;
  }

  /** A list page: its title, column headers, rows of text and the total number of rows. */
  public record Listing(String title, List<String> headers, List<List<String>> rows, long total) {}

  public Listing list(String kind, Map<String, String> q) {
    // The texts compared with the register's and the engine's columns (none longer than 255).
    for (String field : List.of("process", "unit", "status")) {
      InputRules.check(field, q.get(field), 255);
    }
    return switch (kind == null ? "" : kind) {
      case "overdue" -> overdue(q.get("process"), q.get("unit"));
      case "replies" -> replies(month(q.get("month")));
      case "accounts" -> accounts(q.get("status"));
      case "ladder" -> ladder(q.get("step"), year(q.get("year")));
      case "findings" -> findings(number(q.get("round")), q.get("unit"), day(q.get("day")));
      default -> throw new BadRequestException("kind",
          "列表类型（kind）须为 overdue、replies、accounts、ladder 或 findings 之一");
    };
  }

  Listing overdue(String process, String unit) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    StringBuilder where = new StringBuilder();
    String title = "逾期事项";
    if (process != null && !process.isBlank()) {
      where.append(" and d.KEY_ = :process");
      p.addValue("process", process);
    }
    if (unit != null) {
      where.append(unit.isBlank() || unit.equals("未注明单位") ? " and " + DashboardFigures.UNIT + " is null"
          : " and " + DashboardFigures.UNIT + " = :unit");
      p.addValue("unit", unit);
      title += "：" + DashboardNames.unit(unit);
    }
    String from = DashboardFigures.OVERDUE_INSTANCES + where;
    long[] total = {0};
    List<String[]> found = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    // The start time from the instance's history row (running instances keep theirs); the count of
    // all rows in the same statement (a window over the rows before the first ones are cut).
    jdbc.query("select e.PROC_INST_ID_, d.KEY_, d.NAME_, e.BUSINESS_KEY_, " + DashboardFigures.UNIT + ", h.START_TIME_,"
        + " count(*) over () "
        + from.replace("where v.NAME_", "left join ACT_HI_PROCINST h on h.ID_ = e.PROC_INST_ID_ where v.NAME_")
        + " order by h.START_TIME_, e.PROC_INST_ID_ fetch first " + ROWS + " rows only", p, rs -> {
          total[0] = rs.getLong(7);
          ids.add(rs.getString(1));
          found.add(new String[] {rs.getString(1), DashboardNames.process(rs.getString(3), rs.getString(2)),
              rs.getString(4), DashboardNames.unit(rs.getString(5)), time(rs.getTimestamp(6))});
        });
    if (process != null && !process.isBlank() && !found.isEmpty()) {
      title = found.get(0)[1] + " " + title;
    }
    Map<String, List<String>> tasks = new HashMap<>();
    Map<String, List<String>> dues = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.query("select PROC_INST_ID_, NAME_, DUE_DATE_ from ACT_RU_TASK where PROC_INST_ID_ in (:ids)"
          + " order by CREATE_TIME_", new MapSqlParameterSource("ids", ids), rs -> {
            String task = DashboardNames.process(rs.getString(2), "");
            tasks.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(task);
            if (rs.getTimestamp(3) != null) {
              // Each due date by its task: two open tasks of one item are told apart (拟写答复 …、督办 …).
              dues.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add((task.isEmpty() ? "" : task + " ") + time(rs.getTimestamp(3)));
            }
          });
    }
    List<List<String>> rows = found.stream().map(r -> List.of(r[1], nz(r[2]), r[3], r[4],
        String.join("、", tasks.getOrDefault(r[0], List.of())), String.join("、", dues.getOrDefault(r[0], List.of()))))
        .toList();
    return new Listing(title, List.of("流程", "业务编号", "单位", "开始时间", "当前任务", "任务到期"), rows, total[0]);
  }

  Listing replies(YearMonth month) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", figures.start(month))
        .addValue("to", figures.start(month.plusMonths(1)));
    String from = " from gm_message where replied_at >= :from and replied_at < :to";
    long total = jdbc.queryForObject("select count(*)" + from, p, Long.class);
    List<List<String>> rows = jdbc.query("select message_id, platform, received_at, replied_at, on_time,"
        + " working_days_late" + from + " order by on_time, replied_at, message_id fetch first " + ROWS + " rows only",
        p, (rs, n) -> List.of(rs.getString(1), DashboardNames.platform(rs.getString(2)), time(rs.getTimestamp(3)),
            time(rs.getTimestamp(4)), rs.getBoolean(5) ? "按时" : "超期",
            String.valueOf(rs.getInt(6))));
    return new Listing(month.getYear() + "年" + month.getMonthValue() + "月 留言答复", List.of("留言编号", "平台",
        "收到时间", "答复时间", "是否按时", "超期工作日"), rows, total);
  }

  Listing accounts(String status) {
    MapSqlParameterSource p = new MapSqlParameterSource("status", status);
    String from = " from gm_account where status = :status";
    long total = jdbc.queryForObject("select count(*)" + from, p, Long.class);
    List<List<String>> rows = jdbc.query("select name, platform, owner_unit, rule_set, opened_on" + from
        + " order by owner_unit, name, id fetch first " + ROWS + " rows only", p, (rs, n) -> List.of(
            rs.getString(1), DashboardNames.platform(rs.getString(2)), rs.getString(3),
            DashboardNames.ruleSet(rs.getString(4)), rs.getDate(5) == null ? "" : rs.getDate(5).toString()));
    return new Listing("账号台账：" + DashboardNames.status(status), List.of("账号名称", "平台", "主办单位", "规则集",
        "开设日期"), rows, total);
  }

  Listing ladder(String step, int year) {
    if (!DashboardFigures.LADDER.contains(step)) {
      throw new BadRequestException("step", "处置步骤（step）须为 WARNED、REPORTED、INTERVIEWED 或 SHUT_DOWN 之一");
    }
    MapSqlParameterSource p = figures.yearParams(year).addValue("step", step);
    String from = " from gm_account_status_change c join gm_account a on a.id = c.account_id"
        + " where c.changed_at >= :from and c.changed_at < :to and c.to_status = :step";
    long total = jdbc.queryForObject("select count(*)" + from, p, Long.class);
    Map<String, String> names = new LinkedHashMap<>();
    List<List<String>> rows = jdbc.query("select a.name, a.platform, a.owner_unit, c.changed_at, c.changed_by,"
        + " c.reason" + from + " order by c.changed_at, c.id fetch first " + ROWS + " rows only", p,
        (rs, n) -> List.of(rs.getString(1), DashboardNames.platform(rs.getString(2)), rs.getString(3),
            time(rs.getTimestamp(4)), names.computeIfAbsent(nz(rs.getString(5)), display::userName),
            nz(rs.getString(6))));
    return new Listing(year + "年 " + DashboardNames.status(step), List.of("账号名称", "平台", "主办单位", "时间",
        "经办人", "原因"), rows, total);
  }

  Listing findings(long roundId, String unit, LocalDate day) {
    List<Map<String, Object>> round = jdbc.queryForList(
        "select rule_set, period from gm_inspection_round where id = :id", Map.of("id", roundId));
    if (round.isEmpty()) {
      throw new BadRequestException("round", "检查轮次（round）不存在");
    }
    String period = (String) round.get(0).get("period");
    LocalDate[] range = DashboardFigures.periodDays(period);
    List<Long> ids = figures.covered(roundId, range, unit).stream()
        .filter(c -> day == null || c.days().contains(day)).map(DashboardFigures.Covered::supervisionId).toList();
    List<List<String>> rows = ids.isEmpty() ? List.of() : jdbc.query("""
        select a.name, a.platform, a.owner_unit, s.checked_on, s.auto_findings from gm_supervision s
        join gm_account a on a.id = s.account_id where s.id in (:ids) order by a.owner_unit, a.name, s.id
        """, new MapSqlParameterSource("ids", ids.subList(0, Math.min(ROWS, ids.size()))), (rs, n) -> List.of(
            rs.getString(1), DashboardNames.platform(rs.getString(2)), rs.getString(3),
            rs.getDate(4) == null ? "" : rs.getDate(4).toString(), nz(rs.getString(5))));
    String title = DashboardNames.ruleSet((String) round.get(0).get("rule_set")) + " " + period + " 检查轮次 更新频次问题"
        + (unit == null ? "" : "：" + unit) + (day == null ? "" : "（" + day + "）");
    return new Listing(title, List.of("账号名称", "平台", "主办单位", "检查日期", "自动检查发现"), rows, ids.size());
  }

  private String time(Timestamp t) {
    return t == null ? "" : display.dateTime(t.toInstant());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static YearMonth month(String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (Exception e) {
      throw new BadRequestException("month", "月份（month）格式应为 yyyy-MM");
    }
    // YearMonth takes years to ±999,999,999: the month after the last one overflows, others name no record.
    if (parsed.getYear() < InputRules.MIN_YEAR || parsed.getYear() > InputRules.MAX_YEAR) {
      throw new BadRequestException("month", "月份（month）的年份应在 " + InputRules.MIN_YEAR + "–"
          + InputRules.MAX_YEAR + " 之间");
    }
    return parsed;
  }

  private static int year(String year) {
    try {
      int y = Integer.parseInt(year);
      if (y >= InputRules.MIN_YEAR && y <= InputRules.MAX_YEAR) {
        return y;
      }
    } catch (Exception e) {
      // refused below
    }
    throw new BadRequestException("year", "年份（year）应在 " + InputRules.MIN_YEAR + "–" + InputRules.MAX_YEAR
        + " 之间");
  }

  private static long number(String round) {
    try {
      return Long.parseLong(round);
    } catch (Exception e) {
      throw new BadRequestException("round", "检查轮次（round）应为编号");
    }
  }

  private static LocalDate day(String day) {
    if (day == null || day.isBlank()) {
      return null;
    }
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(day);
    } catch (Exception e) {
      throw new BadRequestException("day", "日期（day）格式应为 yyyy-MM-dd");
    }
    return InputRules.date(parsed, "day");
  }
}
