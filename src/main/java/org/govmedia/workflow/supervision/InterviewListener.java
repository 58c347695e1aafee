package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code conduct-interview} completed: {@code interviewed} = true, the date in the record. */
@Component("interviewListener")
public class InterviewListener implements TaskListener {

  private final SupervisionRecords records;

  public InterviewListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().setVariable(INTERVIEWED, true);
    records.interviewed(id(task.getVariable(SUPERVISION_ID)));
  }
}
