package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.account.AccountValidator;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers of the supervision tests: accounts with posts, supervisions and rounds started as supervisor1. */
abstract class SupervisionTestSupport extends AccountTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  protected org.govmedia.workflow.account.PostsLedger postsLedger;

  @Autowired protected SupervisionRecords records;
  @Autowired protected SupervisionChecks checks;

  /** An ACTIVE account of the rule set, class and (null: unique) owner unit. */
  protected Account account(String ruleSet, String accountClass, String ownerUnit) {
    Map<String, Object> data = accountData(ruleSet);
    data.put("accountClass", accountClass);
    if (ownerUnit != null) {
      data.put("ownerUnit", ownerUnit);
    }
    return register.registerExisting(new AccountValidator().account(data, null), "test");
  }

  /** A post on each day from {@code from} to {@code to} (inclusive), original or not. */
  protected void dailyPosts(Account account, String from, String to, boolean original) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      postsLedger.addPost(account.getId(), d, original, null, "日常更新 " + d);
    }
  }

  protected void post(Account account, String date, boolean original) {
    postsLedger.addPost(account.getId(), LocalDate.parse(date), original, null, "更新 " + date);
  }

  protected ProcessInstance supervise(Account account, String period) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("accountId", account.getId().toString());
    variables.put("period", period);
    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisors"));
    try {
      return runtime.startProcessInstanceByKey("account-supervision", variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  protected void inspect(ProcessInstance instance, boolean prominent, String findings) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("prominentProblem", Boolean.toString(prominent));
    variables.put("findings", findings);
    complete(instance, "inspect", "supervisor1", "supervisors", variables);
  }

  protected void rectify(ProcessInstance instance) {
    complete(instance, "rectify", "owner1", "account-admins", Map.of("rectificationReport", "已整改 Rectified"));
  }

  protected Object var(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** Executes the instance's jobs until none is left that is due (at most {@code max}). */
  protected int executeJobs(ProcessInstance instance, int max) {
    int n = 0;
    while (n < max) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable()
          .messages().list();
      if (due.isEmpty()) {
        break;
      }
      management.executeJob(due.get(0).getId());
      n++;
    }
    return n;
  }

  protected ProcessInstance startRound(String ruleSet, String period, String ownerUnit, Integer batchSize) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ruleSet", ruleSet);
    variables.put("period", period);
    variables.put("ownerUnit", ownerUnit);
    if (batchSize != null) {
      variables.put("batchSize", batchSize);
    }
    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisors"));
    try {
      return runtime.startProcessInstanceByKey("inspection-round", variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The account-supervision instances of a round, by account id. */
  protected Map<Long, ProcessInstance> supervisionsOf(long roundId) {
    Map<Long, ProcessInstance> byAccount = new HashMap<>();
    for (SupervisionRecords.Supervision s : records.ofRound(roundId)) {
      assertThat(s.processInstanceId()).as("supervision of account " + s.accountId()).isNotNull();
      byAccount.put(s.accountId(), runtime.createProcessInstanceQuery()
          .processInstanceId(s.processInstanceId()).singleResult());
    }
    return byAccount;
  }
}
