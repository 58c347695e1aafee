package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.display.ReportWording.action;
import static org.govmedia.workflow.display.ReportWording.platform;
import static org.govmedia.workflow.display.ReportWording.status;
import static org.govmedia.workflow.display.ReportWording.yesNo;

import org.apache.poi.ss.usermodel.Sheet;
import org.govmedia.workflow.display.ReportWording;
import org.govmedia.workflow.web.Workbooks;

/** 检查通报 The round report as an .xlsx: a heading, the round's figures, one row per account. */
public final class RoundReportWorkbook {

  public static final String[] HEADERS = {"序号", "账号编号", "账号名称", "主办单位", "平台", "状态", "自动检查",
      "突出问题", "检查意见", "问题次数", "处置", "整改期限", "整改逾期", "已整改"};
  private static final int[] WIDTHS = {6, 10, 26, 26, 12, 10, 40, 10, 40, 10, 10, 17, 10, 10};

  private RoundReportWorkbook() {}

  public static byte[] of(RoundReportController.Report report) {
    SupervisionRecords.Round r = report.round();
    var book = Workbooks.create();
    Sheet sheet = book.workbook().createSheet("检查通报");
    book.title(sheet, 0, RoundNoticeDocument.title(r));
    book.row(sheet, 1, "规则集", r.ruleSet(), "检查方式", "SAMPLE".equals(r.roundKind())
        ? "抽查（不少于 " + r.samplePercent() + "%）" : "全覆盖", "单位", r.ownerUnit() == null ? "全部" : r.ownerUnit());
    book.row(sheet, 2, "应检账号", r.eligibleCount(), "检查账号", r.accountCount(), "通报时间", r.reportedAt());
    StringBuilder actions = new StringBuilder();
    report.actions().forEach((a, n) -> actions.append(action(a)).append(' ').append(n).append("；"));
    book.row(sheet, 3, "处置情况", actions.toString(), "期间", ReportWording.period(r.period()));
    book.header(sheet, 5, HEADERS, WIDTHS);
    int row = 6;
    int n = 0;
    for (RoundReportController.Line l : report.accounts()) {
      book.row(sheet, row++, ++n, l.accountId(), l.accountName(), l.ownerUnit(), platform(l.platform()),
          status(l.accountStatus()), l.automatedFindings(), yesNo(l.prominentProblem()), l.findings(),
          l.problemCount(), action(l.escalationAction()), l.rectificationDue(), l.overdue(), yesNo(l.rectified()));
    }
    return book.bytes();
  }
}
