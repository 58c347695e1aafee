package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.web.ReportFormat.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.govmedia.workflow.web.ApiError;

/**
 * 检查通报 The report of an inspection round: every account of the round with its automated
 * findings, the inspector's findings and the action, as JSON (default), a printable Chinese HTML
 * page ({@code Accept: text/html}) or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 * Supervisors and administrators only (SecurityConfig).
 */
@RestController
@RequestMapping("/api/reports/rounds")
public class RoundReportController {

  /** The actions of the ladder as reports name them (PENDING: not decided yet). */
  public static final Map<String, String> ACTION_NAMES = Map.of("NONE", "无 None", "WARN", "提醒 Warn",
      "REPORT", "通报 Report", "INTERVIEW", "约谈 Interview", "SHUTDOWN", "关停 Shutdown",
      "DELETE", "责令删除 Deletion ordered", "PENDING", "待定 Pending");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private final SupervisionRecords records;

  public RoundReportController(SupervisionRecords records) {
    this.records = records;
  }

  public record Line(long supervisionId, long accountId, String accountName, String ownerUnit,
      String platform, String accountStatus, String automatedFindings, Boolean prominentProblem,
      String findings, Integer problemCount, String escalationAction, Instant decidedAt,
      Instant rectificationDue, boolean overdue, Boolean rectified, String processInstanceId) {

    static Line of(SupervisionRecords.Supervision s) {
      return new Line(s.id(), s.accountId(), s.accountName(), s.ownerUnit(), s.platform(),
          s.accountStatus(), s.automatedFindings(), s.prominentProblem(), s.findings(),
          s.problemCount(), s.escalationAction(), s.decidedAt(), s.rectificationDue(), s.overdue(),
          s.rectified(), s.processInstanceId());
    }
  }

  public record Report(SupervisionRecords.Round round, Map<String, Integer> actions, List<Line> accounts) {}

  @GetMapping("/{id}")
  public ResponseEntity<?> report(@PathVariable("id") long id,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    SupervisionRecords.Round round = records.round(id).orElse(null);
    if (round == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError(404, "Not Found", "id", "no inspection round " + id));
    }
    List<Line> lines = records.ofRound(id).stream().map(Line::of).toList();
    Map<String, Integer> actions = new TreeMap<>();
    lines.forEach(l -> actions.merge(l.escalationAction() == null ? "PENDING" : l.escalationAction(), 1,
        Integer::sum));
    Report report = new Report(round, actions, lines);
    ResponseEntity<byte[]> file = RoundReportFiles.of(report, format, accept, org.govmedia.workflow.web.InputRules.today());
    if (file != null) {
      return file;
    }
    Kind kind = wanted(format, accept);
    return respond(kind, report, kind == Kind.HTML ? html(report) : null,
        kind == Kind.CSV ? csv(report) : null, "inspection-round-" + id);
  }

  static String csv(Report report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("账号编号 Account id,账号名称 Account,主办单位 Owner unit,平台 Platform,状态 Status,"
        + "自动检查 Automated findings,突出问题 Prominent problem,检查意见 Findings,问题次数 Problem count,"
        + "处置 Action,整改期限 Rectification due,逾期 Overdue\r\n");
    for (Line l : report.accounts()) {
      out.append(l.accountId()).append(',').append(cell(l.accountName())).append(',')
          .append(cell(l.ownerUnit())).append(',').append(cell(l.platform())).append(',')
          .append(cell(l.accountStatus())).append(',').append(cell(l.automatedFindings())).append(',')
          .append(l.prominentProblem() == null ? "" : l.prominentProblem()).append(',')
          .append(cell(l.findings())).append(',')
          .append(l.problemCount() == null ? "" : l.problemCount()).append(',')
          .append(cell(l.escalationAction())).append(',')
          .append(l.rectificationDue() == null ? "" : TIME.format(l.rectificationDue())).append(',')
          .append(l.overdue()).append("\r\n");
    }
    return out.toString();
  }

  static String html(Report report) {
    SupervisionRecords.Round r = report.round();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>政务新媒体检查通报 ")
        .append(esc(r.period())).append("</title>").append(STYLE).append("</head><body>");
    out.append("<h1>关于").append(esc(r.period())).append("政务新媒体检查情况的通报</h1>");
    out.append("<p>规则集 Rule set：").append(esc(r.ruleSet())).append("；检查方式 Kind：")
        .append("SAMPLE".equals(r.roundKind()) ? "抽查 Sample（不少于 " + r.samplePercent() + "%）" : "全覆盖 Full")
        .append(r.ownerUnit() == null ? "" : "；单位 Unit：" + esc(r.ownerUnit()))
        .append("；应检账号 Eligible：").append(r.eligibleCount()).append("；检查账号 Inspected：")
        .append(r.accountCount()).append("；通报时间 Reported：")
        .append(r.reportedAt() == null ? "未完成 in progress" : TIME.format(r.reportedAt())).append("</p>");
    out.append("<p>处置情况 Actions：");
    report.actions().forEach((action, n) -> out.append(esc(ACTION_NAMES.getOrDefault(action, action)))
        .append(" ").append(n).append("；"));
    out.append("</p><table><thead><tr><th>序号</th><th>账号名称 Account</th><th>主办单位 Owner unit</th>"
        + "<th>平台 Platform</th><th>自动检查 Automated findings</th><th>检查意见 Findings</th>"
        + "<th>问题次数 Problems</th><th>处置 Action</th><th>整改期限 Due</th></tr></thead><tbody>");
    int n = 0;
    for (Line l : report.accounts()) {
      out.append("<tr><td>").append(++n).append("</td><td>").append(esc(l.accountName()))
          .append("（").append(l.accountId()).append("）</td><td>").append(esc(l.ownerUnit()))
          .append("</td><td>").append(esc(l.platform())).append("</td><td class=\"pre\">")
          .append(esc(l.automatedFindings())).append("</td><td class=\"pre\">").append(esc(l.findings()))
          .append("</td><td>").append(l.problemCount() == null ? "" : l.problemCount()).append("</td><td>")
          .append(esc(l.escalationAction() == null ? "待定 pending"
              : ACTION_NAMES.getOrDefault(l.escalationAction(), l.escalationAction())))
          .append("</td><td>").append(l.rectificationDue() == null ? "" : TIME.format(l.rectificationDue()))
          .append(l.overdue() ? "（逾期 overdue）" : "").append("</td></tr>");
    }
    out.append("</tbody></table></body></html>");
    return out.toString();
  }
}
