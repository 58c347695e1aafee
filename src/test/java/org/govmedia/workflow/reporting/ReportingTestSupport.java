package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.supervision.SupervisionRecords;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers of the reporting tests: accounts of one unit, a round of the supervision feature, quarterly reports. */
abstract class ReportingTestSupport extends AccountTestSupport {

  @Autowired protected SupervisionRecords records;

  protected Account account(String ruleSet, String ownerUnit) {
    Map<String, Object> data = accountData(ruleSet);
    data.put("ownerUnit", ownerUnit);
    return register.registerExisting(new AccountValidator().account(data, null), "test");
  }

  protected <T> T as(String user, String group, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs the round of the unit through the supervision feature's inspection-round: its supervisions by account id. */
  protected Map<Long, ProcessInstance> round(String ruleSet, String period, String ownerUnit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ruleSet", ruleSet);
    variables.put("period", period);
    variables.put("ownerUnit", ownerUnit);
    ProcessInstance round = as("supervisor1", "supervisors",
        () -> runtime.startProcessInstanceByKey("inspection-round", variables));
    for (int i = 0; i < 20; i++) {
      List<Job> due = management.createJobQuery().processInstanceId(round.getId()).executable().messages().list();
      if (due.isEmpty()) {
        break;
      }
      management.executeJob(due.get(0).getId());
    }
    long roundId = (Long) runtime.getVariable(round.getId(), "roundId");
    Map<Long, ProcessInstance> byAccount = new HashMap<>();
    for (SupervisionRecords.Supervision s : records.ofRound(roundId)) {
      assertThat(s.processInstanceId()).isNotNull();
      byAccount.put(s.accountId(), runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
          .singleResult());
    }
    return byAccount;
  }

  protected void inspect(ProcessInstance supervision, boolean prominent) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("prominentProblem", Boolean.toString(prominent));
    variables.put("findings", prominent ? "长期未更新 Not updated" : "");
    complete(supervision, "inspect", "supervisor1", "supervisors", variables);
  }

  protected ProcessInstance startReport(String ruleSet, String quarter, String ownerUnit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ruleSet", ruleSet);
    variables.put("quarter", quarter);
    variables.put("ownerUnit", ownerUnit);
    return as("supervisor1", "supervisors",
        () -> runtime.startProcessInstanceByKey(ReportingVariables.PROCESS, variables));
  }
}
