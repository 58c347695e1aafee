package org.govmedia.workflow.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.govmedia.workflow.process.RuleSet;
import org.govmedia.workflow.web.Workbooks;

/**
 * 台账表格 The register as an Excel sheet, both ways: its columns (each header names the column in
 * Chinese and by its API field, {@code 名称 name}, as POST /api/accounts takes it), the Chinese
 * labels of the closed lists (the template's drop-downs; an import takes the label or the code),
 * the export of the register and the empty import template.
 */
public final class RegisterSheet {

  /** The sheet's name in the template and the export. */
  public static final String SHEET = "台账";
  /** The most accounts one import takes (application default: the regulations give no number). */
  public static final int MAX_ROWS = 2000;

  /** A column: its Chinese label, its API field, its width in characters. */
  public record Column(String label, String field, int width) {
    public String header() {
      return label + " " + field;
    }
  }

  /** The columns an import reads: the fields of POST /api/accounts. */
  public static final List<Column> INPUT = List.of(
      new Column("名称", "name", 28), new Column("平台", "platform", 12),
      new Column("类别", "accountClass", 12), new Column("主办单位", "ownerUnit", 28),
      new Column("规则集", "ruleSet", 18), new Column("单位层级", "unitLevel", 16),
      new Column("账号链接", "link", 30),
      new Column("开设日期", "openedOn", 12),
      new Column("分管领导姓名", "leaderName", 12), new Column("分管领导职务", "leaderTitle", 14),
      new Column("分管领导电话", "leaderPhone", 16),
      new Column("审核人姓名", "reviewerName", 12), new Column("审核人职务", "reviewerTitle", 14),
      new Column("审核人电话", "reviewerPhone", 16),
      new Column("发布人姓名", "publisherName", 12), new Column("发布人职务", "publisherTitle", 14),
      new Column("发布人电话", "publisherPhone", 16),
      new Column("第三方运维", "thirdParty", 10), new Column("运维单位", "operatorCompany", 24),
      new Column("合同编号", "contractNumber", 16), new Column("合同起始日", "contractValidFrom", 12),
      new Column("合同截止日", "contractValidTo", 12), new Column("保密协议起始日", "agreementValidFrom", 14),
      new Column("保密协议截止日", "agreementValidTo", 14));

  /** Columns only the export carries: the register's own values, which an import leaves aside. */
  public static final List<Column> EXPORT_ONLY = List.of(
      new Column("编号", "id", 8), new Column("状态", "status", 10), new Column("未备案", "unfiled", 8),
      new Column("备案时间", "filedAt", 17), new Column("运维资质", "operatorQualification", 20),
      new Column("资质有效期至", "qualificationValidTo", 14));

  /** The columns that must be in an import's header. */
  public static final List<String> REQUIRED = List.of("name", "platform", "accountClass", "ownerUnit", "ruleSet");

  /** The columns whose values are dates. */
  public static final List<String> DATES = List.of("openedOn", "contractValidFrom", "contractValidTo",
      "agreementValidFrom", "agreementValidTo");

  /** The closed lists by field: code to Chinese label, in the order the drop-down offers them. */
  public static final Map<String, Map<String, String>> LISTS = Map.of(
      "platform", platforms(),
      "accountClass", ordered("MAIN", "主账号", "TWO_MICRO_ONE_APP", "两微一端", "OTHER", "其他账号"),
      "ruleSet", ruleSets(),
      "unitLevel", unitLevels(),
      "thirdParty", ordered("true", "是", "false", "否"));

  private RegisterSheet() {}

  /** The Chinese label of a column's field ("规则集"), the field itself where it is none. */
  public static String label(String field) {
    return columns().stream().filter(c -> c.field().equals(field)).map(Column::label).findFirst()
        .orElse(field);
  }

  /** Every column of the export, inputs first. */
  public static List<Column> columns() {
    return java.util.stream.Stream.concat(INPUT.stream(), EXPORT_ONLY.stream()).toList();
  }

  /** The Chinese label of a code of a closed list (the code where it has none). */
  public static String labelOf(String field, String code) {
    Map<String, String> list = LISTS.get(field);
    return list == null || code == null ? code : list.getOrDefault(code, code);
  }

  /** The code a cell of a closed list stands for: its label or the code itself; null when neither. */
  public static String codeOf(String field, String text) {
    Map<String, String> list = LISTS.get(field);
    for (Map.Entry<String, String> e : list.entrySet()) {
      if (e.getValue().equals(text) || e.getKey().equalsIgnoreCase(text)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The empty import sheet: the header, drop-downs for the closed lists on every row it takes. */
  public static byte[] template() {
    var book = Workbooks.create();
    Sheet sheet = book.sheet(SHEET, INPUT.stream().map(Column::header).toArray(String[]::new),
        INPUT.stream().mapToInt(Column::width).toArray());
    dropDowns(sheet, INPUT);
    Sheet help = book.workbook().createSheet("填写说明");
    int r = 0;
    book.row(help, r++, "填写说明");
    book.row(help, r++, "1. 第一行为表头，请勿修改；每行一个现有（已备案）账号，最多 " + MAX_ROWS + " 行。");
    book.row(help, r++, "2. 名称、平台、类别、主办单位、规则集必填；平台、类别、规则集、第三方运维请从下拉列表中选择。");
    book.row(help, r++, "3. 日期填写为日期格式或 年-月-日，如 2025-09-26。");
    book.row(help, r++, "4. 第三方运维为“是”时，运维单位、合同编号、合同和保密协议起止日均须填写。");
    book.row(help, r, "5. 任何一行有误则整表不导入，并列出每个有误的行和栏目。");
    help.setColumnWidth(0, 100 * 256);
    return book.bytes();
  }

  /** The register's accounts as a sheet in the template's columns, then the register's own columns. */
  public static byte[] export(List<Account> accounts, boolean phones) {
    return export(accounts.stream().map(a -> values(a, phones)).toList());
  }

  /** The rows of {@link #values} as the register's sheet. */
  static byte[] export(List<Object[]> rows) {
    List<Column> columns = columns();
    var book = Workbooks.create();
    Sheet sheet = book.sheet(SHEET, columns.stream().map(Column::header).toArray(String[]::new),
        columns.stream().mapToInt(Column::width).toArray());
    int r = 1;
    for (Object[] values : rows) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < values.length; i++) {
        book.set(row, i, values[i]);
      }
    }
    dropDowns(sheet, INPUT);
    return book.bytes();
  }

  /** An account's cells in the order of {@link #columns()}; phone numbers only when {@code phones}. */
  static Object[] values(Account a, boolean phones) {
    return new Object[] {a.getName(), labelOf("platform", a.getPlatform().name()),
        labelOf("accountClass", a.getAccountClass().name()), a.getOwnerUnit(),
        labelOf("ruleSet", a.getRuleSet()),
        a.getUnitLevel() == null ? null : labelOf("unitLevel", a.getUnitLevel().name()),
        a.getLink(), a.getOpenedOn(),
        name(a.getLeader()), title(a.getLeader()), phones ? phone(a.getLeader()) : null,
        name(a.getReviewer()), title(a.getReviewer()), phones ? phone(a.getReviewer()) : null,
        name(a.getPublisher()), title(a.getPublisher()), phones ? phone(a.getPublisher()) : null,
        labelOf("thirdParty", Boolean.toString(a.isThirdParty())), a.getOperatorCompany(),
        a.getContractNumber(), a.getContractValidFrom(), a.getContractValidTo(),
        a.getAgreementValidFrom(), a.getAgreementValidTo(),
        a.getId(), (a.getStatus() == null ? "" : a.getStatus().chineseName()), a.isUnfiled(), a.getFiledAt(),
        a.getOperatorQualification(), a.getQualificationValidTo()};
  }

  private static void dropDowns(Sheet sheet, List<Column> columns) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int i = 0; i < columns.size(); i++) {
      Map<String, String> list = LISTS.get(columns.get(i).field());
      if (list == null) {
        continue;
      }
      DataValidation validation = helper.createValidation(
          helper.createExplicitListConstraint(list.values().toArray(String[]::new)),
          new CellRangeAddressList(1, MAX_ROWS, i, i));
      validation.setShowErrorBox(true);
      validation.createErrorBox("请从列表中选择", columns.get(i).label() + "只能选择列表中的值");
      validation.setSuppressDropDownArrow(true);
      sheet.addValidationData(validation);
    }
  }

  /** henan 3(1)'s unit levels (单位层级), stated for henan-2019 accounts. */
  private static Map<String, String> unitLevels() {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(UnitLevel.values()).forEach(l -> labels.put(l.name(), l.label()));
    return labels;
  }

  private static Map<String, String> platforms() {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(AccountPlatform.values()).forEach(p -> labels.put(p.name(), p.chineseName()));
    return labels;
  }

  private static Map<String, String> ruleSets() {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(RuleSet.values()).forEach(r -> labels.put(r.id(), r.chineseName()));
    return labels;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String name(ResponsiblePerson p) {
    return p == null ? null : p.getName();
  }

  private static String title(ResponsiblePerson p) {
    return p == null ? null : p.getTitle();
  }

  private static String phone(ResponsiblePerson p) {
    return p == null ? null : p.getPhone();
  }
}
