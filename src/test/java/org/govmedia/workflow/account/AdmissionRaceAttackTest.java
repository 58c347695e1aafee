package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 准入 one account per unit per platform (henan 3(1)), asked for several times at once by an account
 * admin (a double click, two browser tabs, a script): each admission counted the unit's accounts
 * before any of the others was written, and six accounts of one unit on WeChat were registered.
 * Now one is, and the others are refused as a second one is, with nothing written for them.
 */
class AdmissionRaceAttackTest extends AccountTestSupport {

  private static final int AT_ONCE = 6;
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Test
  void accountsOfOneUnitOnOnePlatformPostedAtOnceRegisterOne() throws Exception {
    String unit = unique("并发县人社局");
    List<Callable<ResponseEntity<Map<String, Object>>>> requests = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      Map<String, Object> body = accountData("henan-2019");
      body.put("ownerUnit", unit);
      requests.add(() -> as("owner1").exchange("/api/accounts", HttpMethod.POST, new HttpEntity<>(body), JSON));
    }

    assertOneAdmitted(atOnce(requests), unit);
  }

  @Test
  void sheetsOfOneUnitImportedAtOnceRegisterOneAccount() throws Exception {
    String unit = unique("并发县政府办");
    List<Callable<ResponseEntity<Map<String, Object>>>> requests = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      byte[] sheet = sheet(unique("县政府微信"), unit);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
      requests.add(() -> as("owner1").exchange("/api/accounts/import", HttpMethod.POST,
          new HttpEntity<>(sheet, headers), JSON));
    }

    assertOneAdmitted(atOnce(requests), unit);
  }

  private void assertOneAdmitted(List<ResponseEntity<Map<String, Object>>> answers, String unit) {
    assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 201).hasSize(1);
    assertThat(answers).filteredOn(a -> a.getStatusCode().value() != 201).hasSize(AT_ONCE - 1)
        .allSatisfy(refused -> {
          assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
          assertThat(String.valueOf(refused.getBody())).contains("platform").contains("本单位在该平台已有账号");
        });
    assertThat(register.list(null, null, unit, null)).hasSize(1);
  }

  private static List<ResponseEntity<Map<String, Object>>> atOnce(
      List<Callable<ResponseEntity<Map<String, Object>>>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<ResponseEntity<Map<String, Object>>>> futures = new ArrayList<>();
      for (Callable<ResponseEntity<Map<String, Object>>> request : requests) {
        futures.add(pool.submit(() -> {
          go.await();
          return request.call();
        }));
      }
      go.countDown();
      List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
      for (Future<ResponseEntity<Map<String, Object>>> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }

  /** The import template as served with one henan WeChat account of the unit. */
  private byte[] sheet(String name, String unit) throws Exception {
    byte[] template = as("owner1").getForEntity("/api/accounts/import-template", byte[].class).getBody();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = book.getSheet("台账");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      Row row = sheet.createRow(1);
      Map.of("名称 name", name, "平台 platform", "微信公众号", "类别 accountClass", "主账号",
          "主办单位 ownerUnit", unit, "规则集 ruleSet", "河南省（2019年）", "单位层级 unitLevel", "市、县级政府")
          .forEach((column, value) -> row.createCell(header.indexOf(column)).setCellValue(value));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
