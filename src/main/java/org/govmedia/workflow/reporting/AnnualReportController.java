package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.web.ReportFormat.*;

import java.util.Map;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.Pages;
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
 * 年度考核 {@code GET /api/reports/years/{year}[?ruleSet=...&ownerUnit=...]}: the yearly evaluation
 * of every account of the register and of every owner unit (yakeshi art. 18; gaoxian 7(4)), see
 * {@link AnnualEvaluations}; JSON, printable Chinese HTML or CSV (one line per account).
 * Supervisors and administrators only (SecurityConfig).
 */
@RestController
@RequestMapping("/api/reports/years")
public class AnnualReportController {

  private final AnnualEvaluations evaluations;

  public AnnualReportController(AnnualEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/{year}")
  public ResponseEntity<?> report(@PathVariable("year") String yearText,
      @RequestParam(name = "ruleSet", required = false) String ruleSetParam,
      @RequestParam(name = "ownerUnit", required = false) String ownerUnit,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    int year;
    try {
      year = Integer.parseInt(yearText);
    } catch (NumberFormatException e) {
      year = -1;
    }
    if (year < 2000 || year > 2100) {
      throw new BadRequestException("year", "year '" + yearText + "' is not a year like 2025");
    }
    String ruleSet = new AccountValidator().ruleSetFilter(ruleSetParam);
    String unit = AccountValidator.textFilter(ownerUnit);
    AnnualEvaluations.Evaluation evaluation = evaluations.evaluate(year, ruleSet, unit);
    if (Workbooks.wanted(format, accept)) {
      return Workbooks.xlsx(AnnualEvaluationWorkbook.of(evaluation), "年度考核-" + year);
    }
    Kind kind = wanted(format, accept);
    return respond(kind, evaluation, kind == Kind.HTML ? html(evaluation) : null,
        kind == Kind.CSV ? csv(evaluation) : null, "annual-evaluation-" + year);
  }

  static String csv(AnnualEvaluations.Evaluation e) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("年度 Year,账号编号 Account id,账号名称 Account,主办单位 Owner unit,平台 Platform,规则集 Rule set,"
        + "状态 Status,检查次数 Supervisions,已检查 Inspected,合格 Passed,突出问题 Prominent,"
        + "更新检查 Update checks,更新达标 Update compliant,提醒 Warn,通报 Report,约谈 Interview,关停 Shutdown,"
        + "最高处置 Highest step,备案 Filings,按期备案 Filings on time\r\n");
    for (AnnualEvaluations.AccountLine a : e.accounts()) {
      AnnualEvaluations.Figures f = a.figures();
      out.append(e.year()).append(',').append(a.accountId()).append(',').append(cell(a.accountName()))
          .append(',').append(cell(a.ownerUnit())).append(',').append(cell(a.platform())).append(',')
          .append(cell(a.ruleSet())).append(',').append(cell(a.status())).append(',')
          .append(f.supervisions()).append(',').append(f.inspected()).append(',').append(f.passed())
          .append(',').append(f.prominent()).append(',').append(f.checked()).append(',')
          .append(f.updateCompliant()).append(',').append(f.warn()).append(',').append(f.report())
          .append(',').append(f.interview()).append(',').append(f.shutdown()).append(',')
          .append(cell(a.highestStep())).append(',').append(f.filings()).append(',')
          .append(f.filingsOnTime()).append("\r\n");
    }
    return out.toString();
  }

  static String html(AnnualEvaluations.Evaluation e) {
    return Pages.render("reports/annual", Map.of("title", e.year() + "年度政务新媒体考核评价",
        "e", e, "page", new QuarterlyReportController.PageText()));
  }
}
