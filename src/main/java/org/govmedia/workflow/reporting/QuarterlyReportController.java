package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.web.ReportFormat.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.calendar.Quarter;
import org.govmedia.workflow.process.LadderAction;
import org.govmedia.workflow.supervision.RoundReportController;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.govmedia.workflow.web.PageAsked;
import org.govmedia.workflow.web.Pages;
import org.govmedia.workflow.web.ReportFormat;
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
 * 季度报告 {@code GET /api/reports/quarters/{quarter}?ruleSet=...[&ownerUnit=...][&page=&size=]}:
 * the quarterly report built from the inspection rounds of the quarter (henan 6(2), 7(3); baicheng
 * art. 14) as JSON, printable Chinese HTML, CSV or xlsx ({@link ReportFormat}, {@link Workbooks}).
 * The JSON and the page carry one page of the account lines ({@code page} from 1, {@code size}
 * {@value PageAsked#DEFAULT_SIZE} by default, at most {@value PageAsked#MAX_SIZE}) with the whole quarter's totals and
 * rounds; the CSV and xlsx files carry every line. Supervisors and administrators only
 * (SecurityConfig). A malformed quarter, page or size or an unknown rule set is a 400 naming the
 * field.
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
      @RequestParam(name = "page", required = false) String page,
      @RequestParam(name = "size", required = false) String size,
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
    // As the overdue list's: the unit is echoed in the JSON, the page, its links and the xlsx.
    InputRules.check("ownerUnit", unit, 200);
    PageAsked lines = PageAsked.of(page, size);
    if (Workbooks.wanted(format, accept)) {
      QuarterlyReports.Report all = reports.report(ruleSet, quarter, unit, null);
      return Workbooks.xlsx(QuarterlyReportWorkbook.of(all), "季度报告-" + ruleSet + "-" + quarter);
    }
    Kind kind = wanted(format, accept);
    QuarterlyReports.Report report = reports.report(ruleSet, quarter, unit, kind == Kind.CSV ? null : lines);
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
    String title = r.quarter().substring(0, 4) + "年第" + "一二三四".charAt(r.quarter().charAt(6) - '1')
        + "季度政务新媒体检查情况报告";
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("r", r);
    model.put("t", r.totals());
    model.put("s", r.submission());
    model.put("page", new PageText());
    model.put("links", links(r));
    return Pages.render("reports/quarterly", model);
  }

  /** The links of the page: the pages before and after the one shown, and the two files. */
  public record Links(String previous, String next, String csv, String xlsx) {}

  static Links links(QuarterlyReports.Report r) {
    String base = QuarterlyReports.path(r.ruleSet(), r.quarter(), r.ownerUnit());
    QuarterlyReports.Shown p = r.page();
    String page = "&size=" + p.size() + "&format=html&page=";
    return new Links(p.number() > 1 ? base + page + Math.min(p.number() - 1, p.pages()) : null,
        p.number() < p.pages() ? base + page + (p.number() + 1) : null, base + "&format=csv",
        base + "&format=xlsx");
  }

  /** What the quarterly page shows in words: the ladder's actions in Chinese, rates in percent. */
  public static final class PageText {

    public String action(String action) {
      return LadderAction.nameOf(action);
    }

    public List<RoundReportController.ActionCount> actions(Map<String, Integer> counts) {
      return new RoundReportController.PageText().actions(counts);
    }

    public int dayOfMonth(LocalDate day) {
      return day.getDayOfMonth();
    }

    public String percent(Double ratio) {
      return ReportFormat.percent(ratio);
    }
  }
}
