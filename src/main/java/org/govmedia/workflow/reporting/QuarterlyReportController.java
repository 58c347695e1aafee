package org.govmedia.workflow.reporting;

import org.govmedia.workflow.supervision.RoundReportController;
import static org.govmedia.workflow.web.ReportFormat.*;

import java.util.Map;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.Workbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 季度报告 {@code GET /api/reports/quarters/{quarter}?ruleSet=...[&ownerUnit=...]}: the quarterly
 * report built from the inspection rounds of the quarter (henan 6(2), 7(3); baicheng art. 14) as
 * JSON, printable Chinese HTML or CSV ({@link ReportFormat}). Supervisors and administrators only
 * (SecurityConfig). A malformed quarter or unknown rule set is a 400 naming the field.
 */
@RestController
@RequestMapping("/api/reports/quarters")
public class QuarterlyReportController {

  private final QuarterlyReports reports;
  private final GovmediaProperties properties;

  public QuarterlyReportController(QuarterlyReports reports, GovmediaProperties properties) {
    this.reports = reports;
    this.properties = properties;
  }

  @GetMapping("/{quarter}")
  public ResponseEntity<?> report(@PathVariable("quarter") String quarterText,
      @RequestParam(name = "ruleSet", required = false) String ruleSetParam,
      @RequestParam(name = "ownerUnit", required = false) String ownerUnit,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Quarter quarter;
    try {
      quarter = Quarter.parse(quarterText);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("quarter", e.getMessage());
    }
    String ruleSet = new AccountValidator().ruleSet(ruleSetParam, properties.defaultRuleSet());
    String unit = AccountValidator.textFilter(ownerUnit);
    QuarterlyReports.Report report = reports.report(ruleSet, quarter, unit);
    if (Workbooks.wanted(format, accept)) {
      return Workbooks.xlsx(QuarterlyReportWorkbook.of(report), "季度报告-" + ruleSet + "-" + quarter);
    }
    Kind kind = wanted(format, accept);
    return respond(kind, report, kind == Kind.HTML ? html(report) : null,
        kind == Kind.CSV ? csv(report) : null, "quarterly-report-" + ruleSet + "-" + quarter);
  }

  static String csv(QuarterlyReports.Report report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("规则集 Rule set,季度 Quarter,检查期间 Period,轮次 Round,账号编号 Account id,账号名称 Account,"
        + "主办单位 Owner unit,平台 Platform,状态 Status,检查日期 Checked on,自动检查 Automated findings,"
        + "突出问题 Prominent problem,检查意见 Findings,问题次数 Problem count,处置 Action,逾期 Overdue,"
        + "已整改 Rectified\r\n");
    for (QuarterlyReports.Line l : report.accounts()) {
      out.append(cell(report.ruleSet())).append(',').append(cell(report.quarter())).append(',')
          .append(cell(l.period())).append(',').append(l.roundId()).append(',').append(l.accountId())
          .append(',').append(cell(l.accountName())).append(',').append(cell(l.ownerUnit())).append(',')
          .append(cell(l.platform())).append(',').append(cell(l.accountStatus())).append(',')
          .append(cell(l.checkedOn())).append(',').append(cell(l.automatedFindings())).append(',')
          .append(cell(l.prominentProblem())).append(',').append(cell(l.findings())).append(',')
          .append(cell(l.problemCount())).append(',').append(cell(l.escalationAction())).append(',')
          .append(l.overdue()).append(',').append(cell(l.rectified())).append("\r\n");
    }
    return out.toString();
  }

  static String html(QuarterlyReports.Report r) {
    QuarterlyReports.Totals t = r.totals();
    String title = r.quarter().substring(0, 4) + "年第" + "一二三四".charAt(r.quarter().charAt(6) - '1')
        + "季度政务新媒体检查情况报告";
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
        .append("</title>").append(STYLE).append("</head><body>");
    out.append("<h1>").append(esc(title)).append("</h1>");
    out.append("<p>Quarterly report ").append(esc(r.quarter())).append("（").append(r.from()).append(" 至 ")
        .append(r.to()).append("）；规则集 Rule set：").append(esc(r.ruleSet()))
        .append(r.ownerUnit() == null ? "" : "；单位 Unit：" + esc(r.ownerUnit()))
        .append("；报送期限 Due：").append(r.deadlineDay()).append("（次季度首月 ")
        .append(r.deadlineDay().getDayOfMonth()).append(" 日前 report-deadline.dmn）</p>");
    out.append("<h2>一、基本情况 Summary</h2><table><tbody>")
        .append(row("检查轮次 Rounds", t.rounds())).append(row("应检账号 Eligible", t.eligible()))
        .append(row("检查账号 Accounts selected", t.selected())).append(row("已检查 Inspected", t.inspected()))
        .append(row("合格（无突出问题） Passed", t.passed())).append(row("突出问题 Prominent problems", t.prominent()))
        .append(row("自动检查发现问题 Automated findings", t.automatedProblems()))
        .append(row("合格率 Pass rate", percent(t.passRate())));
    StringBuilder actions = new StringBuilder();
    t.actions().forEach((a, n) -> actions.append(RoundReportController.ACTION_NAMES.getOrDefault(a, a)).append(' ').append(n).append("；"));
    out.append(row("处置情况 Actions", actions)).append("</tbody></table>");
    out.append("<h2>二、检查轮次 Inspection rounds</h2><table><thead><tr><th>轮次 Round</th><th>期间 Period</th>"
        + "<th>方式 Kind</th><th>应检 Eligible</th><th>检查 Inspected</th><th>已处置 Decided</th>"
        + "<th>状态 Status</th><th>通报时间 Reported</th></tr></thead><tbody>");
    for (QuarterlyReports.RoundLine round : r.rounds()) {
      out.append("<tr><td>").append(round.roundId()).append("</td><td>").append(esc(round.period()))
          .append("</td><td>").append("SAMPLE".equals(round.roundKind()) ? "抽查 Sample " + round.samplePercent() + "%"
              : "全覆盖 Full").append("</td><td class=\"num\">").append(round.eligibleCount())
          .append("</td><td class=\"num\">").append(round.accountCount()).append("</td><td class=\"num\">")
          .append(round.decidedCount()).append("</td><td>").append(esc(round.status())).append("</td><td>")
          .append(esc(round.reportedAt())).append("</td></tr>");
    }
    out.append("</tbody></table>");
    out.append("<h2>三、账号检查结果 Accounts</h2><table><thead><tr><th>序号</th><th>账号名称 Account</th>"
        + "<th>主办单位 Owner unit</th><th>平台 Platform</th><th>期间 Period</th><th>自动检查 Automated findings</th>"
        + "<th>检查意见 Findings</th><th>突出问题 Prominent</th><th>处置 Action</th></tr></thead><tbody>");
    int n = 0;
    for (QuarterlyReports.Line l : r.accounts()) {
      out.append("<tr><td>").append(++n).append("</td><td>").append(esc(l.accountName())).append("（")
          .append(l.accountId()).append("）</td><td>").append(esc(l.ownerUnit())).append("</td><td>")
          .append(esc(l.platform())).append("</td><td>").append(esc(l.period())).append("</td><td class=\"pre\">")
          .append(esc(l.automatedFindings())).append("</td><td class=\"pre\">").append(esc(l.findings()))
          .append("</td><td>").append(l.prominentProblem() == null ? "待检查 pending"
              : l.prominentProblem() ? "是 Yes" : "否 No").append("</td><td>")
          .append(esc(RoundReportController.ACTION_NAMES.getOrDefault(l.escalationAction() == null ? "PENDING" : l.escalationAction(),
              l.escalationAction()))).append("</td></tr>");
    }
    out.append("</tbody></table>");
    out.append("<h2>四、报送与公开 Submission and publication</h2>");
    QuarterlyReports.Submission s = r.submission();
    if (s == null) {
      out.append("<p>尚未启动季度报告流程 No quarterly-report process yet.</p>");
    } else {
      out.append("<table><tbody>").append(row("流程 Process", s.processInstanceId() + "（" + s.state() + "）"))
          .append(row("报送期限 Deadline", s.reportDeadline()))
          .append(row("逾期 Overdue", Boolean.TRUE.equals(s.overdue()) ? "是 Yes" : "否 No"))
          .append(row("报送省政务办日期 Submitted on", s.submittedOn()))
          .append(row("政府网站公开 Published at", s.publishedLink() == null ? null
              : "<a href=\"" + esc(s.publishedLink()) + "\">" + esc(s.publishedLink()) + "</a>", false))
          .append("</tbody></table>");
    }
    out.append("</body></html>");
    return out.toString();
  }

  private static String row(String label, Object value) {
    return row(label, value, true);
  }

  private static String row(String label, Object value, boolean escape) {
    String text = value == null ? "" : escape ? esc(value) : value.toString();
    return "<tr><th style=\"width:30%;text-align:left\">" + esc(label) + "</th><td>" + text + "</td></tr>";
  }
}
