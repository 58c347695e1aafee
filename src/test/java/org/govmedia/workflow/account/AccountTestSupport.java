package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers of the register and filing tests: Shanghai clock, unique names, tasks as demo users, jobs. */
public abstract class AccountTestSupport extends IntegrationTest {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired protected AccountRegister register;
  @Autowired protected AccountRepository accounts;
  @Autowired protected AccountStatusChangeRepository statusChanges;

  protected RuntimeService runtime;
  protected TaskService tasks;
  protected ManagementService management;

  @BeforeEach
  void initAccountSupport() {
    AbstractAssertions.init(engine);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
  }

  public static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }

  /** The end of a day as a deadline is: 23:59:59 Shanghai. */
  public static Date endOf(String date) {
    return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
  }

  public static void clock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Valid account data (a unique owner unit), as a JSON body or start variables. */
  public static Map<String, Object> accountData(String ruleSet) {
    Map<String, Object> data = new HashMap<>();
    data.put("name", unique("县人社局微信"));
    data.put("platform", "WECHAT");
    data.put("accountClass", "OTHER");
    data.put("ownerUnit", unique("县人力资源和社会保障局"));
    data.put("ruleSet", ruleSet);
    if ("henan-2019".equals(ruleSet)) {
      // henan 3(1) sorts units by level: a henan account states its unit's level (准入).
      data.put("unitLevel", "GOVERNMENT");
    }
    return data;
  }

  /** The annex-1 people as flat variables (a submit-filing completion). */
  public static Map<String, Object> annexPeople(String suffix) {
    Map<String, Object> people = new HashMap<>();
    people.put("leaderName", "张伟" + suffix);
    people.put("leaderTitle", "副局长");
    people.put("leaderPhone", "0831-5521001");
    people.put("reviewerName", "李娜" + suffix);
    people.put("reviewerTitle", "办公室主任");
    people.put("reviewerPhone", "0831-5521002");
    people.put("publisherName", "王芳" + suffix);
    people.put("publisherTitle", "信息员");
    people.put("publisherPhone", "13800000003");
    return people;
  }

  /** An account of the register in the given status' path: ACTIVE (registered) or PENDING_FILING (opened). */
  protected Account activeAccount(String ruleSet) {
    return register.registerExisting(new AccountValidator().account(accountData(ruleSet), null), "test");
  }

  protected Account openedAccount(String ruleSet) {
    Account planned = register.plan(new AccountValidator().account(accountData(ruleSet), null), "test");
    return register.open(planned.getId(), LocalDate.now(SHANGHAI), "test", "test opening");
  }

  protected Task task(ProcessInstance instance, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  /** Completes the task as the user of the group (authorization checks apply). */
  protected void complete(ProcessInstance instance, String key, String user, String group,
      Map<String, Object> variables) {
    completeAs(user, group, task(instance, key), variables);
  }

  protected Job job(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    return job;
  }

  protected boolean executable(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .executable().count() == 1;
  }

  protected Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  protected Account reload(Object id) {
    return register.get(id);
  }

  /** The account-filing instance a call activity started. */
  protected ProcessInstance calledFiling(ProcessInstance parent) {
    ProcessInstance child = runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId())
        .singleResult();
    assertThat(child).as("account-filing called by " + parent.getId()).isNotNull();
    return child;
  }

  /** submit-filing by owner1 and confirm-filing by supervisor1. */
  protected void submitAndConfirm(ProcessInstance filing, String suffix) {
    complete(filing, "submit-filing", "owner1", "account-admins", annexPeople(suffix));
    complete(filing, "confirm-filing", "supervisor1", "supervisors", Map.of("approved", "true"));
  }
}
