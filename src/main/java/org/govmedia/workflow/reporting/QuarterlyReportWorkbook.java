package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.display.ReportWording.action;
import static org.govmedia.workflow.display.ReportWording.platform;
import static org.govmedia.workflow.display.ReportWording.status;
import static org.govmedia.workflow.display.ReportWording.yesNo;

import org.apache.poi.ss.usermodel.Sheet;
import org.govmedia.workflow.display.ReportWording;
import org.govmedia.workflow.web.Workbooks;

/**
 * 季度报告 The quarterly report as an .xlsx: 基本情况 (the figures), 检查轮次 (the rounds) and
 * 账号检查结果 (one row per account inspected), as the HTML page has them.
 */
public final class QuarterlyReportWorkbook {

  static final String[] ROUND_HEADERS = {"轮次", "期间", "方式", "应检", "检查", "已处置", "状态", "通报时间"};
  static final String[] ACCOUNT_HEADERS = {"序号", "账号编号", "账号名称", "主办单位", "平台", "状态", "期间",
      "检查日期", "自动检查", "突出问题", "检查意见", "问题次数", "处置", "整改逾期", "已整改"};

  private QuarterlyReportWorkbook() {}

  /** 2025年第三季度政务新媒体检查情况报告. */
  static String title(QuarterlyReports.Report r) {
    return ReportWording.period(r.quarter()) + "政务新媒体检查情况报告";
  }

  public static byte[] of(QuarterlyReports.Report r) {
    QuarterlyReports.Totals t = r.totals();
    var book = Workbooks.create();
    Sheet summary = book.workbook().createSheet("基本情况");
    summary.setColumnWidth(0, 22 * 256);
    summary.setColumnWidth(1, 40 * 256);
    book.title(summary, 0, title(r));
    int row = 2;
    book.row(summary, row++, "规则集", r.ruleSet());
    book.row(summary, row++, "季度", r.quarter());
    book.row(summary, row++, "起始日", r.from());
    book.row(summary, row++, "截止日", r.to());
    book.row(summary, row++, "单位", r.ownerUnit() == null ? "全部" : r.ownerUnit());
    book.row(summary, row++, "报送期限", r.deadlineDay());
    book.row(summary, row++, "检查轮次", t.rounds());
    book.row(summary, row++, "应检账号", t.eligible());
    book.row(summary, row++, "检查账号", t.selected());
    book.row(summary, row++, "已检查", t.inspected());
    book.row(summary, row++, "合格（无突出问题）", t.passed());
    book.row(summary, row++, "突出问题", t.prominent());
    book.row(summary, row++, "自动检查发现问题", t.automatedProblems());
    int rateRow = row;
    book.row(summary, row++, "合格率", t.passRate());
    StringBuilder actions = new StringBuilder();
    t.actions().forEach((a, n) -> actions.append(action(a)).append(' ').append(n).append("；"));
    book.row(summary, row++, "处置情况", actions.toString());
    QuarterlyReports.Submission s = r.submission();
    if (s != null) {
      book.row(summary, row++, "报送逾期", yesNo(s.overdue()));
      book.row(summary, row++, "报送日期", s.submittedOn());
      book.row(summary, row, "公开链接", s.publishedLink());
    }
    var percent = book.workbook().createCellStyle();
    percent.setDataFormat(book.workbook().createDataFormat().getFormat("0.0%"));
    if (summary.getRow(rateRow).getCell(1) != null) {
      summary.getRow(rateRow).getCell(1).setCellStyle(percent);
    }

    Sheet rounds = book.sheet("检查轮次", ROUND_HEADERS, new int[] {8, 12, 16, 8, 8, 8, 12, 18});
    row = 1;
    for (QuarterlyReports.RoundLine l : r.rounds()) {
      book.row(rounds, row++, l.roundId(), ReportWording.period(l.period()),
          "SAMPLE".equals(l.roundKind()) ? "抽查 " + l.samplePercent() + "%" : "全覆盖", l.eligibleCount(),
          l.accountCount(), l.decidedCount(), l.status(), l.reportedAt());
    }
    Sheet accounts = book.sheet("账号检查结果", ACCOUNT_HEADERS,
        new int[] {6, 10, 26, 26, 12, 10, 12, 12, 40, 10, 40, 10, 10, 10, 10});
    row = 1;
    int n = 0;
    for (QuarterlyReports.Line l : r.accounts()) {
      book.row(accounts, row++, ++n, l.accountId(), l.accountName(), l.ownerUnit(), platform(l.platform()),
          status(l.accountStatus()), ReportWording.period(l.period()), l.checkedOn(), l.automatedFindings(),
          l.prominentProblem() == null ? "待检查" : yesNo(l.prominentProblem()), l.findings(), l.problemCount(),
          action(l.escalationAction()), l.overdue(), yesNo(l.rectified()));
    }
    return book.bytes();
  }
}
