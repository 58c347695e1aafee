package org.govmedia.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.reply.MessageRecordRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.govmedia.workflow.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 只有管理员从中途启动流程: the attacks of issue 15 against the start of a process anywhere but at its
 * start event, on every path (engine REST, Tasklist's REST, the Java API on a user's behalf), by
 * the very roles that may start the process normally. Each: the request, the refusal (403 or
 * AuthorizationException), and nothing left behind (instances, history, outbox, records, status).
 */
class MidwayStartTest extends IntegrationTest {

  private static final String START_AT_PUBLISH =
      "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"publish\"}]";

  @Autowired AccountRegister register;
  @Autowired OutboxRepository outbox;
  @Autowired MessageRecordRepository messages;

  private String account;

  @BeforeEach
  void anAccount() {
    account = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), AccountPlatform.WECHAT,
        AccountClass.OTHER, "县人社局", "gaoxian-2023", null, null, null), "test").getId().toString();
  }

  // ------------------------------------------------------------------------ engine REST

  @Test
  void anEditorCannotStartAPublicationAtPublishOverRest() {
    Snapshot before = snapshot("content-publication");
    String key = "CP-ATTACK-" + UUID.randomUUID().toString().substring(0, 8);
    for (String extra : List.of(START_AT_PUBLISH + ",\"skipCustomListeners\":true",
        START_AT_PUBLISH + ",\"skipIoMappings\":true", START_AT_PUBLISH,
        "\"startInstructions\":[{\"type\":\"startAfterActivity\",\"activityId\":\"final-review\"}]")) {
      ResponseEntity<String> response = post("editor1", "/engine-rest/process-definition/key/content-publication/start",
          "{\"businessKey\":\"" + key + "\"," + publicationVariables() + "," + extra + "}");
      assertThat(response.getStatusCode()).as(extra).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).as(extra).contains("仅管理员").doesNotContain("ENGINE-");
    }
    // skipCustomListeners/skipIoMappings without startInstructions: Camunda's REST refuses such a
    // start before any command runs; a non-administrator gets the same 403, without an engine code,
    // and an administrator a 400 that says what is missing.
    for (String extra : List.of("\"skipCustomListeners\":true", "\"skipIoMappings\":true")) {
      ResponseEntity<String> response = post("editor1", "/engine-rest/process-definition/key/content-publication/start",
          "{\"businessKey\":\"" + key + "\"," + publicationVariables() + "," + extra + "}");
      assertThat(response.getStatusCode()).as(extra).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).as(extra).contains("仅管理员").doesNotContain("ENGINE-");
      ResponseEntity<String> admin = post("demo", "/engine-rest/process-definition/key/content-publication/start",
          "{\"businessKey\":\"" + key + "\"," + publicationVariables() + "," + extra + "}");
      assertThat(admin.getStatusCode()).as(extra).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(admin.getBody()).as(extra).contains("startInstructions").doesNotContain("ENGINE-");
    }
    assertThat(snapshot("content-publication")).isEqualTo(before);
    assertThat(outbox.findByBusinessKeyOrderById(key)).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
  }

  @Test
  void theSameStartByAnAdministratorIsAccepted() {
    // The control of the attack above: the request itself is well formed and would start the item.
    ResponseEntity<String> response = post("demo", "/engine-rest/process-definition/key/content-publication/start",
        "{" + publicationVariables() + "," + START_AT_PUBLISH + "}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = response.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(id).activityId("publish").count())
        .isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(id, "test");
  }

  @Test
  void aHotlineClerkCannotStartAReplyAtPublishReply() {
    Snapshot before = snapshot("message-reply");
    String messageId = "M-ATTACK-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> response = post("hotline1", "/engine-rest/process-definition/key/message-reply/start",
        "{\"businessKey\":\"" + messageId + "\",\"variables\":{"
            + "\"messageId\":{\"value\":\"" + messageId + "\"},\"platform\":{\"value\":\"WECHAT\"},"
            + "\"receivedAt\":{\"value\":\"2025-09-26T10:00:00+08:00\"},\"content\":{\"value\":\"咨询\"},"
            + "\"replyText\":{\"value\":\"未经审批的答复\"},\"approved\":{\"value\":true}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"publish-reply\"}],"
            + "\"skipCustomListeners\":true}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot("message-reply")).isEqualTo(before);
    assertThat(outbox.findByBusinessKeyOrderById(messageId)).isEmpty();
    assertThat(messages.findById(messageId)).isEmpty();
  }

  @Test
  void anOwnerCannotStartAClosingAtCloseAccount() {
    Snapshot before = snapshot("account-closing");
    ResponseEntity<String> response = post("owner1", "/engine-rest/process-definition/key/account-closing/start",
        "{\"variables\":{\"accountId\":{\"value\":\"" + account + "\"},\"closingReason\":{\"value\":\"不经领导\"},"
            + "\"approved\":{\"value\":true}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"close-account\"}],"
            + "\"skipCustomListeners\":true}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot("account-closing")).isEqualTo(before);
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aSupervisorCannotStartASupervisionAtShutDownAccount() {
    Snapshot before = snapshot("account-supervision");
    Snapshot filings = snapshot("account-filing");
    ResponseEntity<String> response = post("supervisor1", "/engine-rest/process-definition/key/account-supervision/start",
        "{\"variables\":{\"accountId\":{\"value\":\"" + account + "\"},\"period\":{\"value\":\"2025-10\"},"
            + "\"escalationAction\":{\"value\":\"SHUTDOWN\"}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"shut-down-account\"}]}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot("account-supervision")).isEqualTo(before);
    assertThat(snapshot("account-filing")).isEqualTo(filings);
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  // ------------------------------------------------------------------------ Tasklist's REST

  @Test
  void anEditorCannotStartAPublicationAtPublishThroughTasklist() throws Exception {
    WebappSession tasklist = WebappSession.tasklist(port, "editor1");
    String path = "/camunda/api/engine/engine/default/process-definition/key/content-publication/start";
    // The control first: the session (cookie and CSRF token) starts an item the ordinary way.
    HttpResponse<String> ordinary = tasklist.post(path, "{" + publicationVariables() + "}");
    assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(200);
    String id = ordinary.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getTaskDefinitionKey())
        .isEqualTo("first-review");

    Snapshot before = snapshot("content-publication");
    HttpResponse<String> attack = tasklist.post(path,
        "{" + publicationVariables() + "," + START_AT_PUBLISH + ",\"skipCustomListeners\":true}");
    assertThat(attack.statusCode()).isEqualTo(403);
    assertThat(attack.headers().firstValue("X-XSRF-TOKEN")).as("not a CSRF refusal").isEmpty();
    assertThat(attack.body()).doesNotContain("ENGINE-");
    assertThat(snapshot("content-publication")).isEqualTo(before);

    // The same request from the administrator's session is accepted: the refusal is the guard's.
    HttpResponse<String> byAdmin = WebappSession.tasklist(port, "demo").post(path,
        "{" + publicationVariables() + "," + START_AT_PUBLISH + ",\"skipCustomListeners\":true}");
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    engine.getRuntimeService().deleteProcessInstance(
        byAdmin.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), "test");
    engine.getRuntimeService().deleteProcessInstance(id, "test");
  }

  // ------------------------------------------------------------------------ Java API

  @Test
  void theJavaApiOnAnEditorsBehalfRefusesEveryMidwayStart() {
    Snapshot before = snapshot("content-publication");
    List<Function<ProcessInstantiationBuilder, ProcessInstantiationBuilder>> midway = List.of(
        b -> b.startBeforeActivity("publish"), b -> b.startAfterActivity("final-review"),
        b -> b.startTransition("Flow_Publish"));
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    try {
      for (var instruction : midway) {
        ProcessInstantiationBuilder builder = instruction.apply(engine.getRuntimeService()
            .createProcessInstanceByKey("content-publication").setVariables(publicationStart()));
        assertThatThrownBy(builder::execute).isInstanceOf(AuthorizationException.class).hasMessageContaining("仅管理员");
      }
      assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("content-publication")
          .setVariables(publicationStart()).startBeforeActivity("publish").execute(true, true))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(snapshot("content-publication")).isEqualTo(before);
  }

  @Test
  void theApplicationItselfStillStartsMidway() {
    // Engine work without a user (AsApplication, jobs) is not the guard's concern.
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    ProcessInstance started;
    try {
      started = AsApplication.run(engine, () -> engine.getRuntimeService()
          .createProcessInstanceByKey("content-publication").setVariables(publicationStart())
          .startBeforeActivity("draft").execute());
      assertThat(engine.getIdentityService().getCurrentAuthentication().getUserId()).isEqualTo("editor1");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(started.getId()).count()).isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(started.getId(), "test");
  }

  // ------------------------------------------------------------------------ modification, restart, migration

  @Test
  void nonAdministratorsCannotModifyRestartMigrateOrSkipListeners() {
    ProcessInstance item = startAsEditor();
    String modification = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"publish\"}],"
        + "\"skipCustomListeners\":true}";
    for (String user : List.of("editor1", "reviewer1", "supervisor1")) {
      ResponseEntity<String> response = post(user, "/engine-rest/process-instance/" + item.getId() + "/modification",
          modification);
      assertThat(response.getStatusCode()).as(user).isIn(HttpStatus.FORBIDDEN);
    }
    assertThat(as("editor1").exchange("/engine-rest/process-instance/" + item.getId() + "?skipCustomListeners=true",
        HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    try {
      assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(item.getId())
          .startBeforeActivity("publish").execute()).isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // Nothing moved: the (clean) item waits at its first review, nothing is queued or published.
    assertThat(engine.getRuntimeService().getActiveActivityIds(item.getId())).containsExactly("first-review");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(item.getId()).count()).isZero();
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();

    // Restart: an editor may start the process and read its history, which the engine's own
    // restart check asks for; the guard refuses it.
    String definition = item.getProcessDefinitionId();
    engine.getRuntimeService().deleteProcessInstance(item.getId(), "withdrawn");
    Snapshot before = snapshot("content-publication");
    ResponseEntity<String> restart = post("editor1", "/engine-rest/process-definition/" + definition + "/restart",
        "{\"processInstanceIds\":[\"" + item.getId() + "\"],"
            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"publish\"}],\"skipCustomListeners\":true}");
    assertThat(restart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot("content-publication")).isEqualTo(before);

    ResponseEntity<String> migration = post("editor1", "/engine-rest/migration/execute",
        "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"" + definition + "\",\"targetProcessDefinitionId\":\""
            + definition + "\",\"instructions\":[]},\"processInstanceIds\":[\"" + item.getId() + "\"]}");
    assertThat(migration.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void noRoleButTheAdministratorsMayUpdateInstances() {
    // The engine's own check refuses a modification too: no role holds UPDATE on an instance or
    // UPDATE_INSTANCE on a definition (identity/IdentitySetup).
    var authorizations = engine.getAuthorizationService();
    for (Role role : Role.values()) {
      boolean admin = role == Role.ADMINS;
      for (String key : List.of("content-publication", "message-reply", "account-closing", "account-supervision")) {
        assertThat(authorizations.isUserAuthorized(role.demoUser(), List.of(role.groupId()), Permissions.UPDATE,
            Resources.PROCESS_INSTANCE, key)).as("%s UPDATE instance of %s", role, key).isEqualTo(admin);
        assertThat(authorizations.isUserAuthorized(role.demoUser(), List.of(role.groupId()),
            ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, key))
            .as("%s UPDATE_INSTANCE of %s", role, key).isEqualTo(admin);
      }
    }
  }

  // ------------------------------------------------------------------------ helpers

  private ProcessInstance startAsEditor() {
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    try {
      return engine.getRuntimeService().createProcessInstanceByKey("content-publication")
          .setVariables(publicationStart()).execute();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Map<String, Object> publicationStart() {
    return Map.of("title", "未经审核的稿件", "body", "正文", "contentCategory", "ROUTINE", "accountIds", account);
  }

  private String publicationVariables() {
    return "\"variables\":{\"title\":{\"value\":\"未经审核的稿件\"},\"body\":{\"value\":\"正文\"},"
        + "\"contentCategory\":{\"value\":\"ROUTINE\"},\"accountIds\":{\"value\":\"" + account + "\"},"
        + "\"approved\":{\"value\":true}}";
  }

  private ResponseEntity<String> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).postForEntity(path, new HttpEntity<>(json, headers), String.class);
  }

  /** What an attack must leave unchanged: instances running, in the history, and outbox rows. */
  record Snapshot(long running, long historic, long outboxRows) {}

  private Snapshot snapshot(String key) {
    return new Snapshot(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count(),
        engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count(),
        outbox.count());
  }
}
