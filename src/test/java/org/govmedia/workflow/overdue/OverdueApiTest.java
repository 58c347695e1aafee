package org.govmedia.workflow.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.account.AccountValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/overdue}: an overdue message, a late filing, a late rectification and a late
 * quarterly report of one owner unit are listed (made overdue on the engine clock, their deadline
 * timers executed), each with its due date in Beijing time, working days late and open task; the
 * same unit's items that are still in time are not. Filters, CSV and xlsx (read back by POI), 403.
 */
class OverdueApiTest extends AccountTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  protected org.govmedia.workflow.account.PostsLedger postsLedger;

  private static final ParameterizedTypeReference<List<Map<String, Object>>> PAGE =
      new ParameterizedTypeReference<>() {};

  private String unit;
  private ProcessInstance message;
  private ProcessInstance filing;
  private ProcessInstance supervision;
  private ProcessInstance report;

  @BeforeEach
  void makeOverdueAndInTimeItems() {
    unit = unique("逾期测试县人社局");
    // A message received Monday 2025-11-10: 5 working days (application default) -> end of 11-17.
    clock("2025-11-10T10:00");
    message = startMessage(unique("m-late"), "2025-11-10T10:00");
    tasks.complete(task(message, "triage").getId(), Map.of("classification", "CONSULTATION",
        "department", unit, "majorOpinion", false));
    tasks.claim(task(message, "draft-reply").getId(), "dept1");
    // A rectification after an inspection on 2025-11-10: due end of 11-24.
    Account inspected = account("gaoxian-2023");
    for (LocalDate d = LocalDate.parse("2025-10-20"); !d.isAfter(LocalDate.parse("2025-11-09")); d = d.plusDays(1)) {
      postsLedger.addPost(inspected.getId(), d, true, null, "日常更新 " + d);
    }
    supervision = asSupervisor(() -> runtime.startProcessInstanceByKey("account-supervision",
        Map.of("accountId", inspected.getId().toString(), "period", "2025-11")));
    complete(supervision, "inspect", "supervisor1", "supervisors",
        Map.of("prominentProblem", "true", "findings", "长期未更新"));
    // A change filed on Wednesday 2025-11-12: gaoxian 7(3), 2 working days -> end of 11-14.
    clock("2025-11-12T10:00");
    filing = runtime.startProcessInstanceByKey("account-filing", Map.of("accountId",
        account("gaoxian-2023").getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-11-12"));
    // The unit's report of 2025-Q3 (henan 6(2)): due end of 2025-10-10.
    clock("2025-10-01T01:00");
    Map<String, Object> quarter = new HashMap<>();
    quarter.put("ruleSet", "henan-2019");
    quarter.put("quarter", "2025-Q3");
    quarter.put("ownerUnit", unit);
    report = asSupervisor(() -> runtime.startProcessInstanceByKey("quarterly-report", quarter));
    complete(report, "compile-quarterly-report", "supervisor1", "supervisors", Map.of());

    clock("2025-10-11T00:00:01");
    management.executeJob(job(report, "report-deadline-timer").getId());
    clock("2025-11-15T00:00:01");
    management.executeJob(job(filing, "filing-deadline-timer").getId());
    clock("2025-11-18T00:00:01");
    management.executeJob(job(message, "deadline-timer").getId());
    clock("2025-11-25T00:00:01");
    management.executeJob(job(supervision, "rectification-deadline-timer").getId());

    // In time on the day of the list: a message of Friday, a filing of today, a rectification not due.
    clock("2025-11-28T10:00");
    ProcessInstance fresh = startMessage(unique("m-fresh"), "2025-11-28T10:00");
    tasks.complete(task(fresh, "triage").getId(), Map.of("classification", "CONSULTATION",
        "department", unit, "majorOpinion", false));
    clock("2025-12-01T09:00");
    runtime.startProcessInstanceByKey("account-filing", Map.of("accountId",
        account("gaoxian-2023").getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-12-01"));
    // The list is read on Monday 2025-12-01.
    clock("2025-12-01T10:00");
  }

  @Test
  void listsEachOverdueItemOnceAndNothingInTime() {
    List<Map<String, Object>> rows = list("/api/overdue?ownerUnit=" + unit);

    assertThat(rows).extracting(r -> r.get("processName"), r -> r.get("businessKey"), r -> r.get("dueText"),
        r -> r.get("workingDaysLate"), r -> r.get("openTask"), r -> r.get("holder"))
        .containsExactly(
            // Working days after 2025-10-10 to 12-01: the make-up Saturday 10-11, then weekdays.
            org.assertj.core.groups.Tuple.tuple("季度报告", report.getBusinessKey(), "2025-10-10 23:59", 37,
                "审定季度报告", "待认领（主要领导）"),
            org.assertj.core.groups.Tuple.tuple("账号备案", filing.getBusinessKey(), "2025-11-14 23:59", 11,
                "提交备案", "待认领（账号管理员）"),
            org.assertj.core.groups.Tuple.tuple("留言答复", message.getBusinessKey(), "2025-11-17 23:59", 10,
                "拟写答复", "孙建华"),
            org.assertj.core.groups.Tuple.tuple("账号监管", supervision.getBusinessKey(), "2025-11-24 23:59", 5,
                "整改", "待认领（账号管理员）"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("ownerUnit")).isEqualTo(unit));
    assertThat(rows.get(0).get("title")).isEqualTo("2025-Q3 季度报告");
    assertThat((String) rows.get(1).get("title")).endsWith("（微信公众号） 变更备案");
    assertThat(rows.get(2).get("title")).isEqualTo("请问灵活就业人员社保补贴如何申领？");
    assertThat((String) rows.get(3).get("title")).contains("整改（2025-11）");
  }

  @Test
  void filtersByProcessAndRuleSet() {
    assertThat(list("/api/overdue?process=account-filing&ownerUnit=" + unit))
        .extracting(r -> r.get("businessKey")).containsExactly(filing.getBusinessKey());
    assertThat(list("/api/overdue?ruleSet=henan-2019&ownerUnit=" + unit))
        .extracting(r -> r.get("businessKey")).containsExactly(report.getBusinessKey());
    assertThat(list("/api/overdue?ownerUnit=" + unique("无此单位"))).isEmpty();

    ResponseEntity<Map> unknown = as("supervisor1").getForEntity("/api/overdue?process=nowhere", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).containsEntry("field", "process");
    ResponseEntity<Map> ruleSet = as("supervisor1").getForEntity("/api/overdue?ruleSet=nowhere", Map.class);
    assertThat(ruleSet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ruleSet.getBody()).containsEntry("field", "ruleSet");
  }

  @Test
  void theSameRowsAsCsvAndAsAnExcelSheetWithRealDates() throws Exception {
    ResponseEntity<byte[]> csv = as("supervisor1").getForEntity("/api/overdue?format=csv&ownerUnit=" + unit,
        byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF流程,业务编号,事项,主办单位,期限（北京时间）,逾期工作日,当前待办,办理人");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(3)).startsWith("\"留言答复\",\"" + message.getBusinessKey() + "\"")
        .contains("\"2025-11-17 23:59\",10,\"拟写答复\",\"孙建华\"");

    ResponseEntity<byte[]> xlsx = as("demo").getForEntity("/api/overdue?format=xlsx&ownerUnit=" + unit,
        byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactly(OverdueController.HEADERS);
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      Row row = sheet.getRow(3);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("留言答复");
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(message.getBusinessKey());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(unit);
      Cell due = row.getCell(4);
      assertThat(DateUtil.isCellDateFormatted(due)).as("a real Excel date").isTrue();
      assertThat(due.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2025-11-17T23:59:59"));
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(10.0);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("孙建华");
      assertThat(sheet.getColumnWidth(2)).as("the title column is set wide").isGreaterThan(sheet.getColumnWidth(5));
    }
  }

  @Test
  void theJsonAnswersOnePageWithTheCountAndTheFilesCarryEveryRow() throws Exception {
    HttpHeaders second = page("/api/overdue?size=3&page=2&ownerUnit=" + unit).getHeaders();
    assertThat(second.getFirst("X-Total-Count")).isEqualTo("4");
    assertThat(second.getFirst("X-Page")).isEqualTo("2");
    assertThat(second.getFirst("X-Page-Size")).isEqualTo("3");
    assertThat(second.getFirst("X-Page-Count")).isEqualTo("2");
    assertThat(list("/api/overdue?size=3&page=2&ownerUnit=" + unit)).extracting(r -> r.get("businessKey"))
        .containsExactly(supervision.getBusinessKey());
    assertThat(list("/api/overdue?size=3&ownerUnit=" + unit)).extracting(r -> r.get("businessKey"))
        .containsExactly(report.getBusinessKey(), filing.getBusinessKey(), message.getBusinessKey());
    ResponseEntity<List<Map<String, Object>>> beyond = page("/api/overdue?size=3&page=5&ownerUnit=" + unit);
    assertThat(beyond.getHeaders().getFirst("X-Total-Count")).isEqualTo("4");
    assertThat(beyond.getBody()).isEmpty();
    HttpHeaders first = page("/api/overdue?ownerUnit=" + unit).getHeaders();
    assertThat(first.getFirst("X-Page-Size")).isEqualTo(Integer.toString(org.govmedia.workflow.web.PageAsked.DEFAULT_SIZE));
    assertThat(first.getFirst("X-Page")).isEqualTo("1");

    for (String[] bad : new String[][] {{"size=0", "size"}, {"size=2001", "size"}, {"size=abc", "size"},
        {"page=0", "page"}, {"page=-1", "page"}}) {
      ResponseEntity<Map> refused = as("supervisor1").getForEntity("/api/overdue?" + bad[0], Map.class);
      assertThat(refused.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("field", bad[1]);
      assertThat((String) refused.getBody().get("message")).as(bad[0]).contains("参数 " + bad[1] + " 应为");
    }

    ResponseEntity<byte[]> csv = as("supervisor1").getForEntity(
        "/api/overdue?format=csv&size=1&page=2&ownerUnit=" + unit, byte[].class);
    assertThat(new String(csv.getBody(), StandardCharsets.UTF_8).lines()).hasSize(5);
    ResponseEntity<byte[]> xlsx = as("supervisor1").getForEntity(
        "/api/overdue?format=xlsx&size=1&ownerUnit=" + unit, byte[].class);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(4);
    }
  }

  @Test
  void onlySupervisorsAndAdministratorsReadIt() {
    for (String format : new String[] {"", "?format=csv", "?format=xlsx"}) {
      assertThat(as("editor1").getForEntity("/api/overdue" + format, String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as("owner1").getForEntity("/api/overdue" + format, String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/overdue", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private List<Map<String, Object>> list(String url) {
    return page(url).getBody();
  }

  private ResponseEntity<List<Map<String, Object>>> page(String url) {
    ResponseEntity<List<Map<String, Object>>> response = as("supervisor1").exchange(url, HttpMethod.GET, null, PAGE);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response;
  }

  private Account account(String ruleSet) {
    Map<String, Object> data = accountData(ruleSet);
    data.put("ownerUnit", unit);
    return register.registerExisting(new AccountValidator().account(data, null), "test");
  }

  private ProcessInstance startMessage(String messageId, String receivedAtLocal) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("messageId", messageId);
    variables.put("platform", "WECHAT");
    variables.put("receivedAt", LocalDateTime.parse(receivedAtLocal).atZone(SHANGHAI).toOffsetDateTime().toString());
    variables.put("content", "请问灵活就业人员社保补贴如何申领？");
    return runtime.createProcessInstanceByKey("message-reply").businessKey(messageId).setVariables(variables)
        .execute();
  }

  private ProcessInstance asSupervisor(java.util.function.Supplier<ProcessInstance> start) {
    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisors"));
    try {
      return start.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
