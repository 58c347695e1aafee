package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The register in Excel both ways: the export ({@code GET /api/accounts?format=xlsx}), the import
 * template (Chinese and API field in each header, drop-downs with Chinese labels), and the import
 * ({@code POST /api/accounts/import}): all rows or none, each bad row and field listed, a wrong
 * template refused, the export imported back giving the same accounts; and its attacks.
 */
class RegisterExcelTest extends AccountTestSupport {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Test
  void theTemplateNamesEachColumnInChineseAndByFieldWithDropDownsForTheClosedLists() throws Exception {
    ResponseEntity<byte[]> response = as("editor1").getForEntity("/api/accounts/import-template", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(XLSX);
    try (XSSFWorkbook book = workbook(response.getBody())) {
      Sheet sheet = book.getSheet("台账");
      assertThat(header(sheet)).startsWith("名称 name", "平台 platform", "类别 accountClass", "主办单位 ownerUnit",
          "规则集 ruleSet").contains("开设日期 openedOn", "第三方运维 thirdParty");
      Map<Integer, List<String>> lists = new HashMap<>();
      for (DataValidation v : sheet.getDataValidations()) {
        lists.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(),
            List.of(v.getValidationConstraint().getExplicitListValues()));
      }
      assertThat(lists.get(1)).contains("微信公众号", "微博", "抖音").doesNotContain("WECHAT");
      assertThat(lists.get(2)).containsExactly("主账号", "两微一端", "其他账号");
      assertThat(lists.get(4)).hasSize(org.govmedia.workflow.process.RuleSet.ids().size()).contains("高县（2023年）", "河南省（2019年）");
      assertThat(RegisterSheet.LISTS.get("ruleSet").keySet()).containsExactlyInAnyOrderElementsOf(org.govmedia.workflow.process.RuleSet.ids());
    }
  }

  @Test
  void aGoodSheetRegistersEveryRow() throws Exception {
    String unit = unique("导入县教育局");
    byte[] sheet = sheet(List.of(
        row("县教育局微信", "微信公众号", "主账号", unit, "高县（2023年）", LocalDate.parse("2024-03-01")),
        row("县教育局抖音", "DOUYIN", "OTHER", unit, "gaoxian-2023", "2024-05-06")));
    ResponseEntity<Map> response = upload("owner1", sheet);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("count", 2);
    List<Account> imported = register.list(null, null, unit, null);
    assertThat(imported).extracting(Account::getName, Account::getPlatform, Account::getAccountClass,
            Account::getRuleSet, Account::getStatus, Account::getOpenedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("县教育局微信", AccountPlatform.WECHAT, AccountClass.MAIN,
                "gaoxian-2023", AccountStatus.ACTIVE, LocalDate.parse("2024-03-01")),
            org.assertj.core.groups.Tuple.tuple("县教育局抖音", AccountPlatform.DOUYIN, AccountClass.OTHER,
                "gaoxian-2023", AccountStatus.ACTIVE, LocalDate.parse("2024-05-06")));
    assertThat(imported).allSatisfy(a -> assertThat(statusChanges.findByAccountIdOrderByIdAsc(a.getId()))
        .extracting(AccountStatusChange::getChangedBy).containsExactly("owner1"));
  }

  @Test
  void oneBadRowRefusesTheWholeSheetNamingRowAndField() throws Exception {
    String unit = unique("导入县卫健委");
    long before = accounts.count();
    Map<String, Object> longName = row("名".repeat(201), "微博", "其他账号", unit, "高县（2023年）", null);
    byte[] sheet = sheet(List.of(
        row("县卫健委微信", "微信公众号", "主账号", unit, "高县（2023年）", null),
        row("县卫健委微博", "微博", "其他账号", unit, "nowhere", null),
        row("县卫健委头条", "今日头条", "其他账号", unit, "高县（2023年）", null),
        longName,
        row("县卫健委快手", "快手", "其他账号", "", "高县（2023年）", null)));
    ResponseEntity<Map> response = upload("owner1", sheet);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) response.getBody().get("errors")).containsExactly(
        "行 3 规则集 ruleSet: 未知 \"nowhere\"",
        "行 5 名称 name: 不能超过200个字",
        "行 6 主办单位 ownerUnit: 必填");
    assertThat((String) response.getBody().get("message")).startsWith("台账导入未执行");
    assertThat(accounts.count()).as("nothing written").isEqualTo(before);
    assertThat(register.list(null, null, unit, null)).isEmpty();
  }

  @Test
  void importedAccountsGoThroughTheSameAdmissionAsPostAccounts() throws Exception {
    // henan 3(1): 一个单位在同一平台原则上只开设一个政务新媒体; the second row asks for a second WeChat account.
    String unit = unique("导入市人社局");
    long before = accounts.count();
    Map<String, Object> first = row("市人社局微信", "微信公众号", "主账号", unit, "河南省（2019年）", null);
    first.put("单位层级 unitLevel", "省、市政府部门及其他单位");
    Map<String, Object> second = row("市人社局服务号", "微信公众号", "其他账号", unit, "河南省（2019年）", null);
    second.put("单位层级 unitLevel", "省、市政府部门及其他单位");
    byte[] sheet = sheet(List.of(first, second));
    ResponseEntity<Map> response = upload("owner1", sheet);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) response.getBody().get("errors")).singleElement().asString()
        .startsWith("行 3 平台 platform").contains("河南通知第3部分第（1）项");
    assertThat(accounts.count()).as("nothing written").isEqualTo(before);
    assertThat(register.list(null, null, unit, null)).isEmpty();
  }

  @Test
  void aWrongTemplateIsRefused() throws Exception {
    long before = accounts.count();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("台账");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("姓名");
      header.createCell(1).setCellValue("电话");
      Row data = sheet.createRow(1);
      data.createCell(0).setCellValue("张三");
      ResponseEntity<Map> response = upload("owner1", bytes(book));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).containsEntry("field", "file");
      assertThat((String) response.getBody().get("message")).startsWith("不是台账导入模板").contains("姓名");
    }
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称 name");
      assertThat(upload("owner1", bytes(book)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    ResponseEntity<Map> text = upload("owner1", "名称,平台\n县人社局,微信".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) text.getBody().get("message")).startsWith("不是台账导入模板");
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void theExportImportedIntoAnotherUnitGivesTheSameAccounts() throws Exception {
    String unit = unique("导出县人社局");
    Map<String, Object> full = accountData("henan-2019");
    full.put("ownerUnit", unit);
    full.put("platform", "WEIBO");
    full.put("accountClass", "TWO_MICRO_ONE_APP");
    full.put("link", "https://weibo.com/example");
    full.put("openedOn", "2023-04-01");
    full.putAll(annexPeople("甲"));
    full.put("thirdParty", true);
    full.put("operatorCompany", "某某网络科技有限公司");
    full.put("contractNumber", "HT-2025-001");
    full.put("contractValidFrom", "2025-01-01");
    full.put("contractValidTo", "2025-12-31");
    full.put("agreementValidFrom", "2025-01-01");
    full.put("agreementValidTo", "2026-06-30");
    Map<String, Object> plain = accountData("yakeshi");
    plain.put("ownerUnit", unit);
    for (Map<String, Object> body : List.of(full, plain)) {
      assertThat(as("owner1").postForEntity("/api/accounts", body, Map.class).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }

    HttpHeaders accept = new HttpHeaders();
    accept.setAccept(List.of(XLSX));
    ResponseEntity<byte[]> export = as("supervisor1").exchange("/api/accounts?ownerUnit=" + unit,
        org.springframework.http.HttpMethod.GET, new HttpEntity<>(accept), byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType()).isEqualTo(XLSX);

    // The same sheet, its accounts moved to a fresh unit (a register of its own), imported back.
    String fresh = unique("新台账县人社局");
    byte[] moved;
    try (XSSFWorkbook book = workbook(export.getBody())) {
      Sheet sheet = book.getSheet("台账");
      List<String> header = header(sheet);
      assertThat(header).contains("状态 status", "编号 id");
      int unitColumn = header.indexOf("主办单位 ownerUnit");
      Cell opened = sheet.getRow(1).getCell(header.indexOf("开设日期 openedOn"));
      assertThat(DateUtil.isCellDateFormatted(opened)).as("a real Excel date").isTrue();
      assertThat(sheet.getRow(1).getCell(header.indexOf("平台 platform")).getStringCellValue()).isEqualTo("微博");
      assertThat(sheet.getRow(1).getCell(header.indexOf("状态 status")).getStringCellValue()).isEqualTo("运行中");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        sheet.getRow(r).getCell(unitColumn).setCellValue(fresh);
      }
      moved = bytes(book);
    }
    ResponseEntity<Map> imported = upload("supervisor1", moved);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(imported.getBody()).containsEntry("count", 2);

    List<Account> originals = register.list(null, null, unit, null);
    List<Account> copies = register.list(null, null, fresh, null);
    assertThat(copies).hasSameSizeAs(originals);
    for (int i = 0; i < originals.size(); i++) {
      assertThat(copies.get(i)).usingRecursiveComparison()
          .ignoringFields("id", "ownerUnit", "createdAt", "updatedAt", "filedAt")
          .isEqualTo(originals.get(i));
    }
    assertThat(copies.get(0).getLeader().getPhone()).isEqualTo("0831-5521001");
    assertThat(copies.get(0).getAgreementValidTo()).isEqualTo(LocalDate.parse("2026-06-30"));
  }

  @Test
  void theExportHidesPhonesFromThoseWhoDoNotReadThem() throws Exception {
    String unit = unique("电话县人社局");
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("ownerUnit", unit);
    body.putAll(annexPeople("乙"));
    as("owner1").postForEntity("/api/accounts", body, Map.class);
    ResponseEntity<byte[]> export = as("editor1").getForEntity("/api/accounts?format=xlsx&ownerUnit=" + unit,
        byte[].class);
    try (XSSFWorkbook book = workbook(export.getBody())) {
      Sheet sheet = book.getSheet("台账");
      List<String> header = header(sheet);
      assertThat(sheet.getRow(1).getCell(header.indexOf("分管领导姓名 leaderName")).getStringCellValue())
          .isEqualTo("张伟乙");
      assertThat(sheet.getRow(1).getCell(header.indexOf("分管领导电话 leaderPhone"))).isNull();
    }
  }

  @Test
  void theExportAfterAChangeShowsTheChangeEvenWithinTheSameInstant() throws Exception {
    String unit = unique("导出更新县人社局");
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("ownerUnit", unit);
    // The clock stands still: the change does not move updated_at, the file must still change.
    clock("2025-11-10T10:00");
    try {
      Map<?, ?> created = as("owner1").postForEntity("/api/accounts", body, Map.class).getBody();
      String before = statusOfFirstRow(unit);
      register.changeStatus(created.get("id"), AccountStatus.WARNED, "test", "测试提醒");
      String after = statusOfFirstRow(unit);

      assertThat(before).isNotEqualTo("已提醒");
      assertThat(after).isEqualTo("已提醒");
      Map<String, Object> second = accountData("gaoxian-2023");
      second.put("ownerUnit", unit);
      register.registerExisting(new AccountValidator().account(second, null), "test");
      try (XSSFWorkbook book = workbook(export(unit))) {
        assertThat(book.getSheet("台账").getLastRowNum()).as("the added account is in the file").isEqualTo(2);
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private String statusOfFirstRow(String unit) throws Exception {
    try (XSSFWorkbook book = workbook(export(unit))) {
      Sheet sheet = book.getSheet("台账");
      return sheet.getRow(1).getCell(header(sheet).indexOf("状态 status")).getStringCellValue();
    }
  }

  private byte[] export(String unit) {
    ResponseEntity<byte[]> export = as("supervisor1").getForEntity("/api/accounts?format=xlsx&ownerUnit=" + unit,
        byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    return export.getBody();
  }

  // ------------------------------------------------------------------ attacks

  @Test
  void anImportBySomeoneWhoMayNotChangeTheRegisterIsRefused() throws Exception {
    String unit = unique("越权县");
    long before = accounts.count();
    byte[] sheet = sheet(List.of(row("越权账号", "微信公众号", "主账号", unit, "高县（2023年）", null)));
    for (String user : List.of("editor1", "reviewer1", "dept1")) {
      assertThat(upload(user, sheet).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void anAbsurdSheetIsRefusedAndNothingWritten() throws Exception {
    String unit = unique("超量县");
    long before = accounts.count();
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < RegisterSheet.MAX_ROWS + 1; i++) {
      many.add(row("账号" + i, "微信公众号", "主账号", unit, "高县（2023年）", null));
    }
    ResponseEntity<Map> tooMany = upload("owner1", sheet(many));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooMany.getBody().get("message")).contains("一次最多导入 " + RegisterSheet.MAX_ROWS + " 行");

    ResponseEntity<Map> huge = upload("owner1", sheet(List.of(
        row("正常账号", "微信公众号", "主账号", unit, "高县（2023年）", null),
        row("账号", "微信公众号", "主账号", "单".repeat(30_000), "高县（2023年）", null))));
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) huge.getBody().get("errors"))
        .containsExactly("行 3 主办单位 ownerUnit: 超过 " + RegisterImport.MAX_CELL + " 个字符");

    byte[] tooLarge = new byte[RegisterImport.MAX_BYTES + 10];
    assertThat(upload("owner1", tooLarge).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(accounts.count()).isEqualTo(before);
    assertThat(register.list(null, null, unit, null)).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private ResponseEntity<Map> upload(String user, byte[] file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(XLSX);
    return as(user).postForEntity("/api/accounts/import", new HttpEntity<>(file, headers), Map.class);
  }

  private static Map<String, Object> row(String name, String platform, String accountClass, String ownerUnit,
      String ruleSet, Object openedOn) {
    Map<String, Object> row = new HashMap<>();
    row.put("名称 name", name);
    row.put("平台 platform", platform);
    row.put("类别 accountClass", accountClass);
    row.put("主办单位 ownerUnit", ownerUnit);
    row.put("规则集 ruleSet", ruleSet);
    row.put("开设日期 openedOn", openedOn);
    return row;
  }

  /** The template as served, filled in with the rows (by header). */
  private byte[] sheet(List<Map<String, Object>> rows) throws Exception {
    byte[] template = as("owner1").getForEntity("/api/accounts/import-template", byte[].class).getBody();
    try (XSSFWorkbook book = workbook(template)) {
      Sheet sheet = book.getSheet("台账");
      List<String> header = header(sheet);
      var dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      int r = 1;
      for (Map<String, Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (Map.Entry<String, Object> e : values.entrySet()) {
          if (e.getValue() == null) {
            continue;
          }
          Cell cell = row.createCell(header.indexOf(e.getKey()));
          if (e.getValue() instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
          } else {
            cell.setCellValue(e.getValue().toString());
          }
        }
      }
      return bytes(book);
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> header = new ArrayList<>();
    sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
    return header;
  }

  private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static byte[] bytes(XSSFWorkbook book) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
