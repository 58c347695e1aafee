package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The reports as files offices pass on: the quarterly report, the annual evaluation and the round
 * report as .xlsx, the round's notice 通报 as .docx; each read back by Apache POI as a clerk would
 * open it (sheets, Chinese headings, real numbers and dates, the notice's title, 文号 and table).
 */
class ReportFilesTest extends ReportingTestSupport {

  private String unit;
  private long roundId;
  private Account problem;

  @BeforeEach
  void aRoundOfAUnitWithOneProminentProblem() {
    unit = unique("河南某县文件测试局");
    clock("2025-08-20T10:00");
    for (int i = 0; i < 4; i++) {
      account("henan-2019", unit);
    }
    clock("2025-09-01T03:00");
    Map<Long, ProcessInstance> supervisions = round("henan-2019", "2025-Q3", unit);
    List<Long> ids = List.copyOf(supervisions.keySet());
    inspect(supervisions.get(ids.get(0)), true);
    inspect(supervisions.get(ids.get(1)), false);
    problem = register.get(ids.get(0));
    roundId = ((Number) runtime.getVariable(supervisions.get(ids.get(0)).getId(), "roundId")).longValue();
    clock("2025-10-02T09:00");
  }

  @Test
  void theQuarterlyReportAsAWorkbook() throws Exception {
    try (XSSFWorkbook book = xlsx("/api/reports/quarters/2025-Q3?ruleSet=henan-2019&format=xlsx&size=1&ownerUnit=" + unit)) {
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
          .containsExactly("基本情况", "检查轮次", "账号检查结果");
      Sheet summary = book.getSheet("基本情况");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年第三季度政务新媒体检查情况报告");
      assertThat(value(summary, "已检查")).isEqualTo(2.0);
      assertThat(value(summary, "合格率")).isEqualTo(0.5);
      assertThat(summary.getRow(row(summary, "报送期限")).getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .hasToString("2025-10-10");
      Sheet accounts = book.getSheet("账号检查结果");
      assertThat(texts(accounts.getRow(0))).containsExactly(QuarterlyReportWorkbook.ACCOUNT_HEADERS);
      assertThat(accounts.getLastRowNum()).isEqualTo(2);
      List<List<String>> rows = List.of(texts(accounts.getRow(1)), texts(accounts.getRow(2)));
      assertThat(rows).allSatisfy(r -> assertThat(r.get(3)).isEqualTo(unit))
          .allSatisfy(r -> assertThat(r.get(4)).isEqualTo("微信公众号"))
          .anySatisfy(r -> assertThat(r.get(12)).isEqualTo("提醒"));
    }
  }

  @Test
  void theAnnualEvaluationAsAWorkbook() throws Exception {
    try (XSSFWorkbook book = xlsx("/api/reports/years/2025?format=xlsx&ownerUnit=" + unit)) {
      Sheet units = book.getSheet("主办单位");
      assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度政务新媒体考核评价");
      assertThat(texts(units.getRow(1))).containsExactly(AnnualEvaluationWorkbook.UNIT_HEADERS);
      assertThat(units.getRow(2).getCell(0).getStringCellValue()).isEqualTo(unit);
      assertThat(units.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4.0);
      assertThat(units.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
      assertThat(units.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.5);
      Sheet accounts = book.getSheet("账号");
      assertThat(accounts.getLastRowNum()).isEqualTo(4);
      for (int r = 1; r <= 4; r++) {
        List<String> line = texts(accounts.getRow(r));
        assertThat(line.get(6)).as("status of %s", line.get(2))
            .isEqualTo(line.get(2).equals(problem.getName()) ? "已提醒" : "运行中");
      }
    }
  }

  @Test
  void theRoundReportAsAWorkbook() throws Exception {
    try (XSSFWorkbook book = xlsx("/api/reports/rounds/" + roundId + "?format=xlsx")) {
      Sheet sheet = book.getSheet("检查通报");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("关于2025年第三季度政务新媒体检查情况的通报");
      assertThat(texts(sheet.getRow(5))).containsExactly(
          org.govmedia.workflow.supervision.RoundReportWorkbook.HEADERS);
      assertThat(sheet.getLastRowNum()).isEqualTo(7);
      Row warned = sheet.getRow(6).getCell(2).getStringCellValue().equals(problem.getName()) ? sheet.getRow(6)
          : sheet.getRow(7);
      assertThat(warned.getCell(2).getStringCellValue()).isEqualTo(problem.getName());
      assertThat(warned.getCell(10).getStringCellValue()).isEqualTo("提醒");
      assertThat(DateUtil.isCellDateFormatted(warned.getCell(11))).as("the rectification due is a date").isTrue();
    }
  }

  @Test
  void theRoundsNoticeAsAPrintableWordDocument() throws Exception {
    ResponseEntity<byte[]> response = as("supervisor1").getForEntity("/api/reports/rounds/" + roundId
        + "?format=docx", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(
        "检查通报-2025-Q3-" + roundId + ".docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs.get(0)).isEqualTo("〔    〕    号");
      assertThat(paragraphs.get(1)).isEqualTo("关于2025年第三季度政务新媒体检查情况的通报");
      assertThat(String.join("", paragraphs)).contains("实际检查2个").contains("发现存在突出问题的账号1个")
          .contains("提醒1个");
      assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo("2025年10月2日");
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("序号", "账号名称", "主办单位", "平台", "检查意见", "处置", "整改期限");
      assertThat(table.getNumberOfRows()).isEqualTo(2);
      assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
          .startsWith("1", problem.getName(), unit, "微信公众号", "长期未更新 Not updated", "提醒");
    }
  }

  @Test
  void onlySupervisorsAndAdministratorsGetTheFiles() {
    for (String path : List.of("/api/reports/rounds/" + roundId + "?format=docx",
        "/api/reports/rounds/" + roundId + "?format=xlsx", "/api/reports/years/2025?format=xlsx")) {
      assertThat(as("editor1").getForEntity(path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as("owner1").getForEntity(path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("demo").getForEntity("/api/reports/rounds/" + roundId + "?format=docx", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private XSSFWorkbook xlsx(String path) throws Exception {
    ResponseEntity<byte[]> response = as("supervisor1").getForEntity(path, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
  }

  private static int row(Sheet sheet, String label) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static double value(Sheet sheet, String label) {
    return sheet.getRow(row(sheet, label)).getCell(1).getNumericCellValue();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c)));
    return texts;
  }
}
