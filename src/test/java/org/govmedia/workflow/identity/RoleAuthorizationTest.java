package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Each group can do exactly its role: its processes, its tasks, its webapps, nothing more. */
class RoleAuthorizationTest extends IntegrationTest {

  private static final List<String> PROCESSES = List.of("content-publication", "message-reply",
      "account-opening", "account-closing", "account-filing", "account-supervision",
      "inspection-round", "holiday-duty", "staff-handover", "quarterly-report");

  @Autowired AccountRegister register;

  @ParameterizedTest
  @EnumSource(Role.class)
  void aGroupStartsExactlyItsProcesses(Role role) {
    Set<String> startable = role == Role.ADMINS ? Set.copyOf(PROCESSES) : Set.copyOf(role.startableProcesses());
    for (String key : PROCESSES) {
      boolean may = engine.getAuthorizationService().isUserAuthorized(role.demoUser(), List.of(role.groupId()),
          ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, key);
      assertThat(may).as("%s may start %s", role.groupId(), key).isEqualTo(startable.contains(key));
    }
  }

  @Test
  void startingAnotherGroupsProcessOverRestIs403() {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    // A reviewer sees the publication process (its diagram) but may not start it.
    var response = as("reviewer1").postForEntity("/engine-rest/process-definition/key/content-publication/start",
        new HttpEntity<>("{\"variables\":{}}", json), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A department does not even see it.
    assertThat(as("dept1").postForEntity("/engine-rest/process-definition/key/content-publication/start",
        new HttpEntity<>("{\"variables\":{}}", json), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    var message = as("editor1").postForEntity("/api/messages", Map.of("messageId", "M-" + UUID.randomUUID(),
        "platform", "WECHAT", "receivedAt", "2025-09-26T10:00:00+08:00", "content", "咨询"), String.class);
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aUserSeesAndCompletesOnlyTheTasksOfItsGroups() {
    String account = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(),
        AccountPlatform.WECHAT, AccountClass.OTHER, "县人社局", "gaoxian-2023", null, null, null), "test")
        .getId().toString();
    String item = "CP-ROLE-" + UUID.randomUUID().toString().substring(0, 8);
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey("content-publication", item, Map.of(
          "title", "通知", "body", "正文", "contentCategory", "ROUTINE", "accountIds", account));
      // Screened at its start and clean: it goes straight to the first review.
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String firstReview = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult().getId();

    for (Role role : Role.values()) {
      String body = as(role.demoUser()).getForObject("/engine-rest/task?maxResults=100&processInstanceId=" + instance.getId(), String.class);
      boolean sees = body.contains(firstReview);
      // Supervisors watch every task (read only); the administrator sees everything.
      boolean should = role == Role.FIRST_REVIEWERS || role == Role.SUPERVISORS || role == Role.ADMINS;
      assertThat(sees).as("%s sees the first review", role.groupId()).isEqualTo(should);
    }
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    String decision = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"\"},"
        + "\"secrecyChecked\":{\"value\":true}}}";
    for (String other : List.of("reviewer2", "supervisor1", "editor1")) {
      assertThat(as(other).postForEntity("/engine-rest/task/" + firstReview + "/complete",
          new HttpEntity<>(decision, json), String.class).getStatusCode()).as(other).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(firstReview).count()).isEqualTo(1);
    assertThat(as("reviewer1").postForEntity("/engine-rest/task/" + firstReview + "/complete",
        new HttpEntity<>(decision, json), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * Cockpit's 人工任务 (Human tasks) page asks for the open tasks by candidate group and the
   * finished ones by process: supervisors read both, read only; a clerk reads neither.
   */
  @Test
  void supervisorsReadCockpitsHumanTasksPageAndNothingMore() {
    String openTasks = "/engine-rest/task/report/candidate-group-count";
    String finished = "/engine-rest/history/task/report?reportType=count&groupBy=processDefinition";
    assertThat(as("supervisor1").getForEntity(openTasks, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("supervisor1").getForEntity(finished, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("editor1").getForEntity(openTasks, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("editor1").getForEntity(finished, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Read only: no task of their own making.
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    String id = "gm-" + UUID.randomUUID();
    assertThat(as("supervisor1").postForEntity("/engine-rest/task/create",
        new HttpEntity<>("{\"id\":\"" + id + "\",\"name\":\"x\"}", json), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(id).count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void aGroupReachesOnlyItsWebapps(Role role) throws Exception {
    assertThat(login(role.demoUser(), "tasklist")).as("%s tasklist", role.groupId()).isEqualTo(200);
    int cockpit = login(role.demoUser(), "cockpit");
    assertThat(cockpit).as("%s cockpit", role.groupId()).isEqualTo(role.cockpit() ? 200 : 403);
    int admin = login(role.demoUser(), "admin");
    assertThat(admin).as("%s admin", role.groupId()).isEqualTo(role == Role.ADMINS ? 200 : 403);
  }

  @Test
  void theWebappsKeepTheirCsrfProtection() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(
            uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=reviewer1&password=reviewer1")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  void responsesCarryTheUsualSecurityHeaders() {
    for (String path : List.of("/camunda/app/tasklist/default/", "/api/calendar/is-working-day?date=2025-10-01")) {
      var headers = as("editor1").getForEntity(path, String.class).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isIn("DENY", "SAMEORIGIN");
      assertThat(headers.getFirst("Cache-Control")).as(path).contains("no-store");
    }
  }

  /** Logs into a webapp as the browser does (CSRF token from the cookie); the HTTP status. */
  private int login(String user, String app) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
