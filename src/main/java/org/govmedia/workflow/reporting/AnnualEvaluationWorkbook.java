package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.display.ReportWording.action;
import static org.govmedia.workflow.display.ReportWording.platform;
import static org.govmedia.workflow.display.ReportWording.status;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.govmedia.workflow.web.Workbooks;

/**
 * 年度考核 The annual evaluation as an .xlsx: 主办单位 (one row per owner unit) and 账号 (one row per
 * account), the rates as real percentages.
 */
public final class AnnualEvaluationWorkbook {

  static final String[] UNIT_HEADERS = {"主办单位", "账号数", "检查", "合格", "合格率", "更新检查", "更新达标",
      "更新达标率", "提醒", "通报", "约谈", "关停", "备案", "按期备案", "留言办理", "按期办结", "按期办结率"};
  static final String[] ACCOUNT_HEADERS = {"序号", "账号编号", "账号名称", "主办单位", "平台", "规则集", "状态",
      "检查次数", "已检查", "合格", "突出问题", "更新检查", "更新达标", "提醒", "通报", "约谈", "关停", "最高处置",
      "备案", "按期备案"};

  private AnnualEvaluationWorkbook() {}

  public static byte[] of(AnnualEvaluations.Evaluation e) {
    var book = Workbooks.create();
    CellStyle percent = book.workbook().createCellStyle();
    percent.setDataFormat(book.workbook().createDataFormat().getFormat("0.0%"));
    Sheet units = book.workbook().createSheet("主办单位");
    book.title(units, 0, e.year() + "年度政务新媒体考核评价");
    book.header(units, 1, UNIT_HEADERS, new int[] {28, 8, 8, 8, 10, 10, 10, 10, 8, 8, 8, 8, 8, 10, 10, 10, 10});
    int row = 2;
    for (AnnualEvaluations.UnitLine u : e.units()) {
      AnnualEvaluations.Figures f = u.figures();
      Row r = book.row(units, row++, u.ownerUnit(), u.accounts(), f.inspected(), f.passed(), f.passRate(),
          f.checked(), f.updateCompliant(), f.updateCompliance(), f.warn(), f.report(), f.interview(),
          f.shutdown(), f.filings(), f.filingsOnTime(), u.replies().replies(), u.replies().onTime(),
          u.replies().timeliness());
      for (int column : new int[] {4, 7, 16}) {
        if (r.getCell(column) != null) {
          r.getCell(column).setCellStyle(percent);
        }
      }
    }
    Sheet accounts = book.sheet("账号", ACCOUNT_HEADERS,
        new int[] {6, 10, 26, 26, 12, 14, 10, 8, 8, 8, 8, 8, 8, 6, 6, 6, 6, 10, 6, 8});
    row = 1;
    int n = 0;
    for (AnnualEvaluations.AccountLine a : e.accounts()) {
      AnnualEvaluations.Figures f = a.figures();
      book.row(accounts, row++, ++n, a.accountId(), a.accountName(), a.ownerUnit(), platform(a.platform()),
          a.ruleSet(), status(a.status()), f.supervisions(), f.inspected(), f.passed(), f.prominent(), f.checked(),
          f.updateCompliant(), f.warn(), f.report(), f.interview(), f.shutdown(),
          a.highestStep() == null ? "" : action(a.highestStep()), f.filings(), f.filingsOnTime());
    }
    return book.bytes();
  }
}
