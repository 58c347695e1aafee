package org.govmedia.workflow.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 逾期 A deadline has passed (every process's "标记逾期 Mark overdue" task, after its timer): sets
 * the overdue flag on the process instance (Cockpit and the pages filter on it), then runs the
 * process's {@link OverdueFollowUp}s. The flag is {@code overdue} unless the task names another one
 * in its input parameter {@code overdueFlag} (account-filing's confirmation: {@code
 * confirmationOverdue}). The work goes on: nothing is cancelled.
 */
@Component("markOverdueDelegate")
public class MarkOverdueDelegate implements JavaDelegate {

  /** The task's input parameter naming the flag to set; {@code overdue} when absent. */
  public static final String FLAG_PARAMETER = "overdueFlag";

  private final List<OverdueFollowUp> followUps;

  public MarkOverdueDelegate(List<OverdueFollowUp> followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object named = execution.getVariableLocal(FLAG_PARAMETER);
    String flag = named == null ? ProcessVariables.OVERDUE : named.toString();
    execution.getProcessInstance().setVariable(flag, true);
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    for (OverdueFollowUp followUp : followUps) {
      if (followUp.processKey().equals(processKey)) {
        followUp.overdue(execution, flag);
      }
    }
  }
}
