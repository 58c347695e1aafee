package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 统计问题次数 {@code problemCount}: the account's prominent problems in the year of the period,
 * this one included; 0 when this inspection found none (no step on the ladder without a problem).
 */
@Component("countProblemsDelegate")
public class CountProblemsDelegate implements JavaDelegate {

  private final SupervisionRecords records;

  public CountProblemsDelegate(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean prominent = Boolean.TRUE.equals(execution.getVariable(PROMINENT_PROBLEM));
    int count = prominent ? records.prominentProblems(id(execution.getVariable(ACCOUNT_ID)),
        year((String) execution.getVariable(PERIOD))) : 0;
    execution.setVariable(PROBLEM_COUNT, count);
  }
}
