package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on the register as its users could make them: names that read differently from what is
 * stored, JSON objects where a text is expected, dates out of any range, posts and staff changes on
 * a closed account, a status slipped into the operator's update, the whole register with phone
 * numbers in one request. Each is refused 400 naming the field (Chinese first), and nothing is
 * stored or changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountAttackTest extends AccountTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  protected org.govmedia.workflow.account.PostsLedger postsLedger;

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  private ResponseEntity<Map<String, Object>> send(String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, new HttpEntity<>(body), JSON);
  }

  private ResponseEntity<Map<String, Object>> create(Map<String, Object> body) {
    return send("owner1", HttpMethod.POST, "/api/accounts", body);
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> answer, String field) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).doesNotContain("ENGINE-", "SQL")
        .matches("^[^A-Za-z]*[\\u4e00-\\u9fff](?s).*");
  }

  private void assertNothingStoredFor(Map<String, Object> body, long accountsBefore) {
    assertThat(accounts.count()).isEqualTo(accountsBefore);
    assertThat(register.list(null, null, (String) body.get("ownerUnit"), null)).isEmpty();
  }

  @ParameterizedTest(name = "name with {0}")
  @ValueSource(strings = {"NUL", "lone high surrogate", "lone low surrogate", "RLO", "LRI", "PDI",
      "escape"})
  void aNameThatReadsDifferentlyFromWhatIsStoredIsRefused(String kind, CapturedOutput log) {
    String trick = switch (kind) {
      case "NUL" -> "\u0000";
      case "lone high surrogate" -> "\ud83d";
      case "lone low surrogate" -> "\ude00";
      case "RLO" -> "\u202e";
      case "LRI" -> "\u2066";
      case "PDI" -> "\u2069";
      default -> "\u001b";
    };
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("name", "县人社局" + trick + "微信");
    long before = accounts.count();

    assertRefused(create(body), "name");
    assertNothingStoredFor(body, before);
    assertThat(log.getOut()).doesNotContain("\tat org.govmedia");
  }

  @Test
  void aPersonsNameWithABidiOverrideIsRefusedInAStaffChangeToo() {
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    Map<String, Object> body = people("钱\u202e敏");
    assertRefused(send("owner1", HttpMethod.PUT, "/api/accounts/" + id + "/responsible", body),
        "reviewer.name");
    assertThat(reload(id).getReviewer()).isNull();
    assertThat(filingsOf(id)).isZero();
  }

  @Test
  void aJsonObjectWhereATextIsExpectedIsNotTurnedIntoText() {
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("name", Map.of("zh", "县人社局微信"));
    long before = accounts.count();
    assertRefused(create(body), "name");

    body = accountData("gaoxian-2023");
    body.put("ownerUnit", List.of("县人社局", "县政府"));
    assertRefused(create(body), "ownerUnit");

    body = accountData("gaoxian-2023");
    body.put("leader", Map.of("name", Map.of("first", "强"), "title", "副局长"));
    assertRefused(create(body), "leader.name");
    assertThat(accounts.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "openedOn {0}")
  @ValueSource(strings = {"9999-12-31", "-999999999-01-01", "0000-01-01", "1948-12-31", "2100-01-01"})
  void anOpeningDayOutOfRangeOrInTheFutureIsRefused(String openedOn) {
    clock("2025-09-26T10:00");
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("openedOn", openedOn);
    long before = accounts.count();

    assertRefused(create(body), "openedOn");
    assertNothingStoredFor(body, before);
  }

  @Test
  void anOpeningDayTomorrowIsRefusedAndTodayIsTaken() {
    clock("2025-09-26T10:00");
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("openedOn", "2025-09-27");
    assertRefused(create(body), "openedOn");
    body.put("openedOn", "2025-09-26");
    assertThat(create(body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> post(String date) {
    Map<String, Object> post = new HashMap<>();
    post.put("date", date);
    post.put("original", true);
    post.put("title", "秋季防火");
    return post;
  }

  @Test
  void aPostDatedInYearZeroOrTomorrowIsRefused() {
    clock("2025-09-26T10:00");
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    for (String date : List.of("0000-01-01", "9999-12-31", "2025-09-27")) {
      assertRefused(send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts", post(date)), "date");
    }
    Map<String, Object> objectTitle = post("2025-09-26");
    objectTitle.put("title", Map.of("a", 1));
    assertRefused(send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts", objectTitle), "title");
    assertThat(postsLedger.posts(id)).isEmpty();
  }

  @Test
  void postsAndStaffChangesOnAClosedAccountAreRefused() {
    clock("2025-09-26T10:00");
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    register.changeStatus(id, AccountStatus.CLOSED, "test", "deregistered");

    assertRefused(send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts", post("2025-09-26")), "id");
    assertRefused(send("owner1", HttpMethod.PUT, "/api/accounts/" + id + "/responsible", people("钱敏")), "id");

    assertThat(postsLedger.posts(id)).isEmpty();
    assertThat(reload(id).getReviewer()).isNull();
    assertThat(reload(id).getStatus()).isEqualTo(AccountStatus.CLOSED);
    assertThat(filingsOf(id)).isZero();
  }

  @Test
  void theOperatorUpdateRefusesAStatus() {
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    register.changeStatus(id, AccountStatus.WARNED, "test", "inspection found a problem");
    Map<String, Object> body = new HashMap<>();
    body.put("thirdParty", false);
    body.put("status", "ACTIVE");

    assertRefused(send("owner1", HttpMethod.PUT, "/api/accounts/" + id + "/operator", body), "status");
    assertThat(reload(id).getStatus()).isEqualTo(AccountStatus.WARNED);
    assertThat(register.history(id)).hasSize(2);
  }

  @Test
  void theRegisterIsReadInPagesOfAtMost200() {
    for (String query : List.of("size=201", "size=2147483647", "size=0", "size=-1")) {
      assertRefused(send("editor1", HttpMethod.GET, "/api/accounts?" + query, null), "size");
    }
    assertRefused(send("editor1", HttpMethod.GET, "/api/accounts?page=-1", null), "page");
    assertRefused(send("editor1", HttpMethod.GET, "/api/accounts?page=2147483647", null), "page");

    for (int i = 0; i < 4; i++) {
      create(accountData("gaoxian-2023"));
    }
    ResponseEntity<List<Map<String, Object>>> first = as("editor1").exchange("/api/accounts?size=2",
        HttpMethod.GET, null, JSON_LIST);
    ResponseEntity<List<Map<String, Object>>> second = as("editor1").exchange("/api/accounts?size=2&page=1",
        HttpMethod.GET, null, JSON_LIST);
    ResponseEntity<List<Map<String, Object>>> byDefault = as("editor1").exchange("/api/accounts",
        HttpMethod.GET, null, JSON_LIST);

    assertThat(first.getBody()).hasSize(2);
    assertThat(second.getBody()).hasSize(2);
    assertThat(first.getBody().get(1).get("id")).isNotEqualTo(second.getBody().get(0).get("id"));
    long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(4).isEqualTo(accounts.count());
    assertThat(byDefault.getBody()).hasSize((int) Math.min(total, AccountController.DEFAULT_PAGE_SIZE));
  }

  @Test
  void onlyAccountAdminsSupervisorsAndAdministratorsReadPhoneNumbers() {
    Map<String, Object> body = accountData("gaoxian-2023");
    body.putAll(people("钱敏"));
    Object id = create(body).getBody().get("id");
    String unit = (String) body.get("ownerUnit");

    for (String reader : List.of("editor1", "reviewer1", "hotline1", "leader1")) {
      Map<String, Object> one = send(reader, HttpMethod.GET, "/api/accounts/" + id, null).getBody();
      Map<String, Object> listed = as(reader).exchange("/api/accounts?ownerUnit=" + unit, HttpMethod.GET,
          null, JSON_LIST).getBody().get(0);
      for (Map<String, Object> account : List.of(one, listed)) {
        assertThat((Map<String, Object>) account.get("reviewer")).as(reader)
            .containsEntry("name", "钱敏").containsEntry("phone", null);
        assertThat(account.toString()).as(reader).doesNotContain("13800000013", "0831-5521011");
      }
    }
    for (String reader : List.of("owner1", "supervisor1", "demo")) {
      Map<String, Object> one = send(reader, HttpMethod.GET, "/api/accounts/" + id, null).getBody();
      assertThat((Map<String, Object>) one.get("publisher")).as(reader).containsEntry("phone", "13800000013");
    }
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    long before = accounts.count();
    ResponseEntity<Map<String, Object>> answer = as("owner1").exchange("/api/accounts", HttpMethod.POST,
        new HttpEntity<>("[\"name\"]", headers), JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(accounts.count()).isEqualTo(before);
  }

  private static Map<String, Object> people(String reviewerName) {
    Map<String, Object> body = new HashMap<>();
    body.put("leader", Map.of("name", "赵强", "title", "副局长", "phone", "0831-5521011"));
    body.put("reviewer", Map.of("name", reviewerName, "title", "科长", "phone", "0831-5521012"));
    body.put("publisher", Map.of("name", "孙丽", "title", "信息员", "phone", "13800000013"));
    return body;
  }

  private long filingsOf(Object id) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("account-filing").variableValueEquals("accountId", id.toString()).count();
  }
}
