package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.display.ReportWording.action;
import static org.govmedia.workflow.display.ReportWording.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govmedia.workflow.display.ReportWording;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * 通报 The round's notice as a printable Word document (Apache POI XWPF), in the usual layout of an
 * official notice: the title, a 文号 placeholder the office fills in, the body, the table of the
 * accounts with problems (or all accounts when none had one), and the date in Chinese.
 */
public final class RoundNoticeDocument {

  static final String[] TABLE_HEADERS = {"序号", "账号名称", "主办单位", "平台", "检查意见", "处置", "整改期限"};
  /** The 文号 the office gives the notice when it issues it. */
  static final String NUMBER_PLACEHOLDER = "〔    〕    号";
  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String BODY_FONT = "仿宋_GB2312";

  private RoundNoticeDocument() {}

  /** 关于2025年11月政务新媒体检查情况的通报. */
  public static String title(SupervisionRecords.Round round) {
    return "关于" + ReportWording.period(round.period()) + "政务新媒体检查情况的通报";
  }

  /** The notice of the round, dated {@code day}. */
  public static byte[] of(RoundReportController.Report report, LocalDate day) {
    SupervisionRecords.Round r = report.round();
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      margins(doc);
      paragraph(doc, NUMBER_PLACEHOLDER, BODY_FONT, 16, false, ParagraphAlignment.CENTER);
      paragraph(doc, title(r), TITLE_FONT, 22, true, ParagraphAlignment.CENTER);
      paragraph(doc, r.ownerUnit() == null ? "各有关单位：" : r.ownerUnit() + "：", BODY_FONT, 16, false,
          ParagraphAlignment.LEFT);
      List<RoundReportController.Line> problems = report.accounts().stream()
          .filter(l -> Boolean.TRUE.equals(l.prominentProblem())).toList();
      String kind = "SAMPLE".equals(r.roundKind()) ? "抽查（抽查比例不少于" + r.samplePercent() + "%）" : "全面检查";
      indented(doc, "根据政务新媒体监管有关规定，现对" + ReportWording.period(r.period()) + "政务新媒体检查情况通报如下。"
          + "本次检查采取" + kind + "方式，应检账号" + r.eligibleCount() + "个，实际检查" + r.accountCount()
          + "个，发现存在突出问题的账号" + problems.size() + "个。");
      StringBuilder actions = new StringBuilder();
      report.actions().forEach((a, n) -> {
        if (!"NONE".equals(a)) {
          actions.append(action(a)).append(n).append("个，");
        }
      });
      indented(doc, actions.isEmpty() ? "本次检查未采取处置措施。"
          : "处置情况：" + actions.substring(0, actions.length() - 1) + "。具体情况见下表。");
      table(doc, problems.isEmpty() ? report.accounts() : problems);
      indented(doc, "请各有关单位对照检查意见认真整改，并在整改期限内将整改情况报主管单位。");
      paragraph(doc, "", BODY_FONT, 16, false, ParagraphAlignment.RIGHT);
      paragraph(doc, ReportWording.noticeDate(day), BODY_FONT, 16, false, ParagraphAlignment.RIGHT);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument doc, List<RoundReportController.Line> lines) {
    XWPFTable table = doc.createTable(lines.size() + 1, TABLE_HEADERS.length);
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int i = 0; i < TABLE_HEADERS.length; i++) {
      cell(header, i, TABLE_HEADERS[i], true);
    }
    int n = 0;
    for (RoundReportController.Line l : lines) {
      XWPFTableRow row = table.getRow(++n);
      String[] values = {Integer.toString(n), l.accountName(), l.ownerUnit(), platform(l.platform()),
          l.findings() == null || l.findings().isBlank() ? "—" : l.findings(), action(l.escalationAction()),
          l.rectificationDue() == null ? "—" : ReportWording.noticeDate(
              l.rectificationDue().atZone(org.govmedia.workflow.web.Workbooks.BEIJING).toLocalDate())};
      for (int i = 0; i < values.length; i++) {
        cell(row, i, values[i], false);
      }
    }
  }

  private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
    XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
    p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    XWPFRun run = p.createRun();
    run.setText(text == null ? "" : text);
    run.setBold(bold);
    run.setFontFamily(BODY_FONT);
    run.setFontSize(12);
  }

  private static void indented(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, text, BODY_FONT, 16, false, ParagraphAlignment.BOTH);
    p.setFirstLineIndent(640); // two characters of 16 pt, in twentieths of a point
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int size, boolean bold,
      ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(font);
    run.setFontSize(size);
    run.setBold(bold);
    return p;
  }

  /** A4 with the margins of an official document: 3.7 cm top, 3.5 bottom, 2.8 left, 2.6 right. */
  private static void margins(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    var size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = section.addNewPgMar();
    margin.setTop(BigInteger.valueOf(2098));
    margin.setBottom(BigInteger.valueOf(1984));
    margin.setLeft(BigInteger.valueOf(1587));
    margin.setRight(BigInteger.valueOf(1474));
  }
}
