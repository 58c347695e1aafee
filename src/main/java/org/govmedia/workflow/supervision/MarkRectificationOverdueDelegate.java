package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 整改逾期 The rectification deadline passed: {@code overdue=true} on the instance and in the record. */
@Component("markRectificationOverdueDelegate")
public class MarkRectificationOverdueDelegate implements JavaDelegate {

  private final SupervisionRecords records;

  public MarkRectificationOverdueDelegate(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(OVERDUE, true);
    records.overdue(id(execution.getVariable(SUPERVISION_ID)));
  }
}
