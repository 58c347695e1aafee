package org.govmedia.workflow.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;

/** Content-publication items prepared through the Java API, as the editors would have left them. */
final class PublicationItems {

  private final ProcessEngine engine;
  private final AccountRegister register;

  PublicationItems(ProcessEngine engine, AccountRegister register) {
    this.engine = engine;
    this.register = register;
  }

  /** A unique title, so the item is found among the others in Tasklist's list. */
  static String uniqueTitle(String title) {
    return title + " E2E-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Starts an item as editor1 on a fresh WeChat account (submitting the draft if it has hits): at first-review. */
  ProcessInstance atFirstReview(String title, String body) {
    String account = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(),
        AccountPlatform.WECHAT, AccountClass.OTHER, "县人力资源和社会保障局", "gaoxian-2023", null, null, null),
        "test").getId().toString();
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", title);
    vars.put("body", body);
    vars.put("contentCategory", "ROUTINE");
    vars.put("accountIds", account);
    String businessKey = "CP-E2E-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance item = as("editor1", List.of("editors"), () -> engine.getRuntimeService()
        .startProcessInstanceByKey("content-publication", businessKey, vars));
    // Screened at its start: a clean item goes straight to the first review; one with hits is
    // submitted unchanged from the draft.
    if ("draft".equals(waitingAt(item))) {
      complete(item, "editor1", List.of("editors"), Map.of());
    }
    return item;
  }

  /** Signs the open task of the item as the user (approved, with a comment; at 初审 with the confidentiality check). */
  void sign(ProcessInstance item, String user, String group, String comment) {
    complete(item, user, List.of(group), "first-review".equals(waitingAt(item))
        ? Map.of("approved", "true", "comment", comment, "secrecyChecked", true)
        : Map.of("approved", "true", "comment", comment));
  }

  Task task(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  /** The activity the item waits at (one open task). */
  String waitingAt(ProcessInstance item) {
    Task task = task(item);
    return task == null ? null : task.getTaskDefinitionKey();
  }

  Object variable(ProcessInstance item, String name) {
    return engine.getRuntimeService().getVariable(item.getId(), name);
  }

  void createUser(String id, String... groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword(id);
      user.setFirstName("审核");
      user.setLastName(id);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  private void complete(ProcessInstance item, String user, List<String> groups, Map<String, Object> vars) {
    as(user, groups, () -> {
      engine.getTaskService().complete(task(item).getId(), vars);
      return null;
    });
  }

  private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
