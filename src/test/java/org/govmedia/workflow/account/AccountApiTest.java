package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /api/accounts: creation, filters, every kind of bad input, no status change by an update, posts. */
class AccountApiTest extends AccountTestSupport {

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

  private List<Map<String, Object>> list(String query) {
    return as("editor1").exchange("/api/accounts?" + query, HttpMethod.GET, null, JSON_LIST).getBody();
  }

  private static Map<String, Object> person(String name, String title, String phone) {
    Map<String, Object> person = new HashMap<>();
    person.put("name", name);
    person.put("title", title);
    person.put("phone", phone);
    return person;
  }

  private static Map<String, Object> responsible() {
    Map<String, Object> body = new HashMap<>();
    body.put("leader", person("赵强", "副局长", "0831-5521011"));
    body.put("reviewer", person("钱敏", "科长", "0831-5521012"));
    body.put("publisher", person("孙丽", "信息员", "13800000013"));
    return body;
  }

  @Test
  void anExistingAccountIsRegisteredActiveAndFiled() {
    Map<String, Object> body = accountData("henan-2019");
    body.put("leader", person("周军", "副主任", "0371-6590001"));
    ResponseEntity<Map<String, Object>> created = create(body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsKey("id").containsEntry("status", "ACTIVE")
        .containsEntry("name", body.get("name")).containsEntry("ruleSet", "henan-2019")
        .containsEntry("unfiled", false).containsKey("filedAt");
    Object id = created.getBody().get("id");
    ResponseEntity<Map<String, Object>> read = send("editor1", HttpMethod.GET, "/api/accounts/" + id, null);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsEntry("platform", "WECHAT").containsEntry("ownerUnit", body.get("ownerUnit"));
    assertThat((Map<String, Object>) read.getBody().get("leader")).containsEntry("name", "周军");
    assertThat(register.history(id)).singleElement().satisfies(change -> {
      assertThat(change.getToStatus()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(change.getChangedBy()).isEqualTo("owner1");
    });
    assertThat(send("editor1", HttpMethod.GET, "/api/accounts/999999999", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theListFiltersByStatusRuleSetOwnerUnitAndPlatform() {
    String unit = unique("县政府办公室");
    Map<String, Object> wechat = accountData("gaoxian-2023");
    wechat.put("ownerUnit", unit);
    Map<String, Object> weibo = accountData("gaoxian-2023");
    weibo.put("ownerUnit", unit);
    weibo.put("platform", "WEIBO");
    Map<String, Object> douyin = accountData("henan-2019");
    douyin.put("ownerUnit", unit);
    douyin.put("platform", "douyin");
    Object wechatId = create(wechat).getBody().get("id");
    Object weiboId = create(weibo).getBody().get("id");
    Object douyinId = create(douyin).getBody().get("id");
    register.changeStatus(douyinId, AccountStatus.WARNED, "test", "inspection");

    assertThat(list("ownerUnit=" + unit)).extracting(a -> a.get("id")).containsExactly(wechatId, weiboId, douyinId);
    assertThat(list("ownerUnit=" + unit + "&platform=WEIBO")).extracting(a -> a.get("id")).containsExactly(weiboId);
    assertThat(list("ownerUnit=" + unit + "&ruleSet=gaoxian-2023")).extracting(a -> a.get("id"))
        .containsExactly(wechatId, weiboId);
    assertThat(list("ownerUnit=" + unit + "&status=WARNED")).extracting(a -> a.get("id")).containsExactly(douyinId);
    assertThat(list("status=ACTIVE")).extracting(a -> a.get("status")).containsOnly("ACTIVE");

    ResponseEntity<Map<String, Object>> badFilter = send("editor1", HttpMethod.GET, "/api/accounts?status=OPENISH", null);
    assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badFilter.getBody()).containsEntry("field", "status");
    assertThat(send("editor1", HttpMethod.GET, "/api/accounts?ruleSet=atlantis", null).getBody())
        .containsEntry("field", "ruleSet");
  }

  @ParameterizedTest(name = "{0}={1} -> 400 naming {2}")
  @CsvSource(nullValues = "null", textBlock = """
      name,         null,          name
      name,         '  ',          name
      platform,     null,          platform
      platform,     MYSPACE,       platform
      accountClass, null,          accountClass
      accountClass, BIG,           accountClass
      ownerUnit,    null,          ownerUnit
      ruleSet,      null,          ruleSet
      ruleSet,      atlantis-2030, ruleSet
      status,       PLANNED,       status
      openedOn,     26.09.2025,    openedOn
      """)
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten(String field, String value, String named) {
    Map<String, Object> body = accountData("gaoxian-2023");
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }
    long before = accounts.count();
    ResponseEntity<Map<String, Object>> response = create(body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", named);
    assertThat(accounts.count()).isEqualTo(before);
    assertThat(list("ownerUnit=" + body.get("ownerUnit"))).isEmpty();
  }

  @Test
  void aPersonWithoutNameOrWithABadPhoneIsRefused() {
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("reviewer", person(null, "科长", "123"));
    assertThat(create(body).getBody()).containsEntry("field", "reviewer.name");
    body.put("reviewer", person("钱敏", "科长", "call me"));
    assertThat(create(body).getBody()).containsEntry("field", "reviewer.phone");
    assertThat(list("ownerUnit=" + body.get("ownerUnit"))).isEmpty();
  }

  @Test
  void malformedJsonIsRefusedAndNothingIsWritten() {
    long before = accounts.count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = as("owner1").postForEntity("/api/accounts",
        new HttpEntity<>("{\"name\": \"x\", \"platform\": ", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("JSON");
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void onlyAccountAdminsSupervisorsAndAdminsWrite() {
    ResponseEntity<Map<String, Object>> editor = send("editor1", HttpMethod.POST, "/api/accounts",
        accountData("gaoxian-2023"));
    assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("supervisor1", HttpMethod.POST, "/api/accounts", accountData("gaoxian-2023"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getForEntity("/api/accounts", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aStatusInAnUpdateIsRefusedAndThePlainUpdateNeverChangesTheStatus() {
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    register.changeStatus(id, AccountStatus.WARNED, "test", "inspection found a problem");
    Map<String, Object> body = responsible();
    body.put("status", "ACTIVE");
    ResponseEntity<Map<String, Object>> refused = send("owner1", HttpMethod.PUT,
        "/api/accounts/" + id + "/responsible", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "status");
    assertThat(reload(id).getStatus()).isEqualTo(AccountStatus.WARNED);
    assertThat(reload(id).getLeader()).isNull();

    Map<String, Object> incomplete = responsible();
    ((Map<String, Object>) incomplete.get("publisher")).remove("phone");
    assertThat(send("owner1", HttpMethod.PUT, "/api/accounts/" + id + "/responsible", incomplete).getBody())
        .containsEntry("field", "publisher.phone");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("account-filing")
        .variableValueEquals("accountId", id.toString()).count()).isZero();
  }

  @Test
  void aStaffChangeUpdatesThePeopleAndStartsAStaffChangeFiling() {
    clock("2025-09-26T10:00");
    Object id = create(accountData("gaoxian-2023")).getBody().get("id");
    ResponseEntity<Map<String, Object>> changed = send("supervisor1", HttpMethod.PUT,
        "/api/accounts/" + id + "/responsible", responsible());

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) changed.getBody().get("account")).containsEntry("status", "ACTIVE");
    assertThat(changed.getBody()).containsEntry("filingBusinessKey", id + ":STAFF_CHANGE:2025-09-26");
    Account account = reload(id);
    assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.getLeader().getName()).isEqualTo("赵强");
    assertThat(register.history(id)).hasSize(1);

    ProcessInstance filing = runtime.createProcessInstanceQuery()
        .processInstanceId((String) changed.getBody().get("filingProcessInstanceId")).singleResult();
    assertThat(runtime.getVariable(filing.getId(), "filingEvent")).isEqualTo("STAFF_CHANGE");
    // gaoxian 7(1): 3 working days; 2025-09-28 (Sunday) is worked.
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-09-30"));
    Map<String, Object> prefilled = tasks.getVariables(task(filing, "submit-filing").getId());
    assertThat(prefilled).containsEntry("leaderName", "赵强").containsEntry("publisherPhone", "13800000013");
  }

  @Test
  void postsAreReportedAndListedAndAnUnknownAccountIs404() {
    Map<String, Object> baicheng = accountData("baicheng-2021");
    baicheng.put("name", "白城人社"); // baicheng art. 3: the official name (admission)
    Object id = create(baicheng).getBody().get("id");
    Map<String, Object> post = new HashMap<>(Map.of("date", "2025-09-26", "original", true,
        "link", "https://mp.weixin.qq.com/s/abc"));
    ResponseEntity<Map<String, Object>> created = send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts", post);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("accountId", id.toString()).containsEntry("original", true);
    send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts",
        Map.of("date", "2025-09-29", "original", false));

    List<Map<String, Object>> posts = as("editor1").exchange("/api/accounts/" + id + "/posts", HttpMethod.GET,
        null, JSON_LIST).getBody();
    assertThat(posts).extracting(p -> p.get("date")).containsExactly("2025-09-29", "2025-09-26");

    assertThat(send("owner1", HttpMethod.POST, "/api/accounts/999999999/posts", post).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("editor1", HttpMethod.GET, "/api/accounts/999999999/posts", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts",
        Map.of("original", true)).getBody()).containsEntry("field", "date");
    assertThat(send("owner1", HttpMethod.POST, "/api/accounts/" + id + "/posts",
        Map.of("date", "2025-09-26", "original", "yes")).getBody()).containsEntry("field", "original");
    assertThat(postsLedger.posts(id)).hasSize(2);
  }

  @Test
  void thePublicationProcessLearnsWhichAccountsAreUnknownOrInactive() {
    Object active = activeAccount("gaoxian-2023").getId();
    Object warned = activeAccount("gaoxian-2023").getId();
    register.changeStatus(warned, AccountStatus.WARNED, "test", "warned");
    Object closed = activeAccount("gaoxian-2023").getId();
    register.changeStatus(closed, AccountStatus.CLOSED, "test", "closed");
    Object pending = openedAccount("gaoxian-2023").getId();

    assertThat(register.unknownOrInactive(List.of(active.toString(), warned.toString(), closed.toString(),
        pending.toString(), "acc-1", "999999999", "acc-1")))
        .containsExactly(closed.toString(), pending.toString(), "acc-1", "999999999");
    assertThat(register.isPublishable(active)).isTrue();
    assertThat(register.isPublishable("nope")).isFalse();
  }
}
