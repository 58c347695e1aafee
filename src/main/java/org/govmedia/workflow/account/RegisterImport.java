package org.govmedia.workflow.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govmedia.workflow.process.ClerkWording;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账导入 {@code POST /api/accounts/import}: the import template filled in ({@link RegisterSheet}).
 * All rows or none: each row is checked by the same {@link AccountValidator#account} and written by
 * the same {@link AccountRegister#registerExisting} as {@code POST /api/accounts}, in one
 * transaction; any refused row (by the checks or by the register) rolls all of it back and the
 * refusal lists every bad row and its field ({@code 行 3 规则集 ruleSet: 未知 "nowhere"}).
 *
 * <p>What a hostile file cannot do: be larger than {@value #MAX_BYTES} bytes, unpack to more than
 * {@value #MAX_UNPACKED_BYTES} bytes or hold in any sheet more than {@link RegisterSheet#MAX_ROWS}
 * rows or their cells (checked as it inflates, before POI reads it: {@link ImportFileBounds}), or
 * carry a cell longer than {@value #MAX_CELL} characters.
 */
@Service
public class RegisterImport {

  /** The largest file taken (application default). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  /** The most bytes a file may unpack to: a zip bomb is refused before POI reads it. */
  public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
  /** The longest cell read (the longest field, a link, takes 1000). */
  public static final int MAX_CELL = 2000;

  /** One bad row and field. */
  public record Problem(int row, String field, String label, String message) {
    /** {@code 行 3 规则集 ruleSet: 未知 "nowhere"}. */
    public String text() {
      return "行 " + row + " " + label + " " + field + ": " + message;
    }
  }

  /** The refusal of a whole sheet: nothing was written. */
  public static class Refused extends RuntimeException {
    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
      super(String.join("；", problems.stream().map(Problem::text).toList()));
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  private final AccountValidator validator;
  private final AccountRegister register;
  private final AccountAdmission admission;

  public RegisterImport(AccountValidator validator, AccountRegister register,
      AccountAdmission admission) {
    this.admission = admission;
    this.validator = validator;
    this.register = register;
  }

  /**
   * Reads, checks and registers every row.
   *
   * @return the accounts registered, in the sheet's order
   * @throws BadRequestException when the file is no import template (field {@code file})
   * @throws Refused when any row is refused (nothing written)
   */
  @Transactional(rollbackFor = Refused.class)
  public List<Account> importSheet(byte[] file, String actor, boolean administrator) {
    List<SheetRow> rows = read(file);
    List<Problem> problems = new ArrayList<>();
    List<AccountData> accepted = new ArrayList<>();
    for (SheetRow row : rows) {
      if (row.problem() != null) {
        problems.add(row.problem());
        continue;
      }
      try {
        accepted.add(validator.account(row.values(), null));
      } catch (BadRequestException e) {
        problems.add(problem(row.number(), e, row.values()));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    List<Account> registered = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      try {
        // 准入: the same admission rules as POST /api/accounts, row by row, so that the rows before
        // count for one account per unit per platform.
        AccountAdmission.Admitted admitted = admission.check(accepted.get(i), rows.get(i).values(),
            actor, administrator);
        registered.add(register.registerExisting(accepted.get(i), actor, admitted));
      } catch (BadRequestException e) {
        // A refusal of admission or of the register: listed like a check's, all rolled back.
        problems.add(problem(rows.get(i).number(), e, rows.get(i).values()));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return registered;
  }

  /** A row of the sheet: its number as Excel shows it, its values by field, a problem found reading it. */
  private record SheetRow(int number, Map<String, Object> values, Problem problem) {}

  /** The rows of the sheet as the fields of POST /api/accounts, blank rows left out. */
  private List<SheetRow> read(byte[] file) {
    if (file == null || file.length == 0) {
      throw new BadRequestException("file", "请上传填写好的台账导入模板（.xlsx）(the body must be the filled-in "
          + "import template)");
    }
    if (file.length > MAX_BYTES) {
      throw new BadRequestException("file", "文件超过 " + MAX_BYTES / 1024 / 1024 + " MB (the file is larger than "
          + MAX_BYTES + " bytes)");
    }
    ImportFileBounds.check(file);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheet(RegisterSheet.SHEET);
      if (sheet == null) {
        throw wrongTemplate("没有名为“" + RegisterSheet.SHEET + "”的工作表");
      }
      Map<Integer, String> fields = header(sheet.getRow(sheet.getFirstRowNum()));
      if (sheet.getLastRowNum() > RegisterSheet.MAX_ROWS) {
        throw new BadRequestException("file", "一次最多导入 " + RegisterSheet.MAX_ROWS + " 行，本表有 "
            + sheet.getLastRowNum() + " 行 (at most " + RegisterSheet.MAX_ROWS + " rows per import)");
      }
      DataFormatter formatter = new DataFormatter();
      List<SheetRow> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null) {
          SheetRow read = row(row, fields, formatter);
          if (!read.values().isEmpty() || read.problem() != null) {
            rows.add(read);
          }
        }
      }
      if (rows.isEmpty()) {
        throw new BadRequestException("file", "模板中没有填写任何账号 (the sheet has no account rows)");
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadRequestException bad) {
        throw bad;
      }
      throw wrongTemplate("不是可读取的 .xlsx 文件");
    }
  }

  /** The field of each column by its header ("名称 name" or "name"); an unknown header is a wrong template. */
  private static Map<Integer, String> header(Row header) {
    if (header == null) {
      throw wrongTemplate("缺少表头行");
    }
    Map<Integer, String> fields = new HashMap<>();
    Map<String, String> known = new HashMap<>();
    RegisterSheet.columns().forEach(c -> known.put(c.header(), c.field()));
    for (Cell cell : header) {
      String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
      if (text.isEmpty()) {
        continue;
      }
      String field = known.get(text.replaceAll("\\s+", " "));
      if (field == null) {
        throw wrongTemplate("表头“" + abbreviate(text) + "”不是导入模板的栏目");
      }
      fields.put(cell.getColumnIndex(), field);
    }
    for (String required : RegisterSheet.REQUIRED) {
      if (!fields.containsValue(required)) {
        throw wrongTemplate("缺少栏目“" + RegisterSheet.label(required) + " " + required + "”");
      }
    }
    return fields;
  }

  private static SheetRow row(Row row, Map<Integer, String> fields, DataFormatter formatter) {
    Map<String, Object> values = new LinkedHashMap<>();
    Problem problem = null;
    for (Map.Entry<Integer, String> column : fields.entrySet()) {
      String field = column.getValue();
      if (RegisterSheet.EXPORT_ONLY.stream().anyMatch(c -> c.field().equals(field))) {
        continue; // the register's own values: an import leaves them aside
      }
      Cell cell = row.getCell(column.getKey());
      if (cell == null) {
        continue;
      }
      Object value;
      if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
        value = cell.getLocalDateTimeCellValue().toLocalDate();
      } else {
        String text = formatter.formatCellValue(cell).strip();
        if (text.isEmpty()) {
          continue;
        }
        if (text.length() > MAX_CELL && problem == null) {
          problem = new Problem(row.getRowNum() + 1, field, RegisterSheet.label(field), "超过 " + MAX_CELL
              + " 个字符");
          continue;
        }
        value = text;
        if (RegisterSheet.LISTS.containsKey(field)) {
          String code = RegisterSheet.codeOf(field, text);
          if (code == null && problem == null) {
            problem = new Problem(row.getRowNum() + 1, field, RegisterSheet.label(field),
                "未知 \"" + abbreviate(text) + "\"");
            continue;
          }
          value = code;
        }
      }
      values.put(field, value);
    }
    return new SheetRow(row.getRowNum() + 1, values, problem);
  }

  private static Problem problem(int row, BadRequestException e, Map<String, Object> values) {
    String field = e.getField() == null ? "" : e.getField();
    String message = e.getMessage() == null ? "" : e.getMessage();
    String reason;
    if (message.contains("is not one of")) {
      reason = "未知 \"" + abbreviate(String.valueOf(values.get(field))) + "\"";
    } else if (message.contains("is longer than") || message.contains("超过")) {
      reason = ClerkWording.reason(field, message.replaceAll("^.*\\((.*)\\)$", "$1"));
    } else {
      reason = ClerkWording.reason(field, message);
    }
    return new Problem(row, field, RegisterSheet.label(field), reason);
  }

  private static BadRequestException wrongTemplate(String why) {
    return new BadRequestException("file", "不是台账导入模板：" + why + "。请先下载 GET /api/accounts/import-template "
        + "(not the register's import template)");
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
