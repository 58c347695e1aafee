package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.support.IntegrationTest;
import org.govmedia.workflow.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The publication forms as Tasklist uses them, through the webapps' own engine API
 * (/camunda/api/engine) with a browser's session and CSRF token: the accounts are picked from the
 * register, several at once, and a refusal is the same Chinese 400 as on /engine-rest.
 */
class TasklistPublicationFormsTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/camunda/api/engine/engine/default";

  @Autowired AccountRegister register;

  @Test
  void anEditorPicksTwoAccountsInTheStartFormAndAReviewerCannotRewriteThemInTasklist() throws Exception {
    String wechat = account("县人社局微信 " + UUID.randomUUID(), AccountPlatform.WECHAT);
    String weibo = account("县人社局微博 " + UUID.randomUUID(), AccountPlatform.WEIBO);
    String closed = account("已关闭账号 " + UUID.randomUUID(), AccountPlatform.DOUYIN);
    register.changeStatus(closed, AccountStatus.CLOSED, "test", "closed");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("content-publication").latestVersion().singleResult().getId();

    WebappSession editor = WebappSession.tasklist(port, "editor1");
    JsonNode form = JSON.readTree(editor.get(API + "/process-definition/" + definition + "/deployed-start-form").body());
    JsonNode list = component(form, "accountIds");
    assertThat(list.path("type").asText()).isEqualTo("checklist");
    assertThat(list.has("valuesKey")).isFalse();
    assertThat(list.path("values").findValuesAsText("value")).contains(wechat, weibo).doesNotContain(closed);
    assertThat(list.path("values").findValuesAsText("label")).anyMatch(label -> label.endsWith("（微信公众号）"));

    // What Tasklist sends: the checklist as a JSON array.
    String start = "{\"variables\":{\"title\":{\"value\":\"关于秋季防火的通知\"},"
        + "\"body\":{\"value\":\"各单位要做好秋季森林防火工作。\"},\"contentCategory\":{\"value\":\"ROUTINE\"},"
        + "\"accountIds\":{\"type\":\"Json\",\"value\":\"[\\\"" + wechat + "\\\",\\\"" + weibo + "\\\"]\"}}}";
    HttpResponse<String> started = editor.post(API + "/process-definition/" + definition + "/submit-form", start);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    assertThat(engine.getRuntimeService().getVariable(instance, "accountIds")).isEqualTo(wechat + "," + weibo);
    assertThat((String) engine.getRuntimeService().getVariable(instance, "accountNames"))
        .contains("（微信公众号）", "（微博）");
    Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(first.getTaskDefinitionKey()).isEqualTo("first-review");

    // The reviewer's form shows the accounts as the list the form checks.
    WebappSession reviewer = WebappSession.tasklist(port, "reviewer1");
    JsonNode variables = JSON.readTree(reviewer.get(API + "/task/" + first.getId() + "/form-variables").body());
    assertThat(variables.path("accountIds").path("type").asText()).isEqualTo("Json");
    JsonNode ids = JSON.readTree(variables.path("accountIds").path("value").asText());
    assertThat(ids.isArray()).isTrue();
    assertThat(List.of(ids.get(0).asText(), ids.get(1).asText())).containsExactly(wechat, weibo);

    // Tasklist's submit-form with a rewritten category: 400 in Chinese, the task still open.
    HttpResponse<String> refused = reviewer.post(API + "/task/" + first.getId() + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":true},\"contentCategory\":{\"value\":\"MAJOR\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    // Tasklist's clerk reads the field by its label; /engine-rest adds its variable name for API clients.
    assertThat(refused.body()).contains("内容类别只能在撰稿环节修改").doesNotContain("contentCategory", "ENGINE-", "Cannot submit",
        first.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(first.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instance, "contentCategory")).isEqualTo("ROUTINE");

    // A completion the engine refuses in its listener (a rejection without comment) is a 400 too.
    HttpResponse<String> noComment = reviewer.post(API + "/task/" + first.getId() + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"\"}}}");
    assertThat(noComment.statusCode()).as(noComment.body()).isEqualTo(400);
    assertThat(noComment.body()).contains("审核意见：").doesNotContain("comment", "ENGINE-", "Cannot submit");
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no component " + key);
  }

  private String account(String name, AccountPlatform platform) {
    return register.registerExisting(new AccountData(name, platform, AccountClass.OTHER, "县人力资源和社会保障局",
        "gaoxian-2023", null, null, null), "test").getId().toString();
  }
}
