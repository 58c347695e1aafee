package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.process.OverdueFollowUp;
import org.springframework.stereotype.Component;

/** 整改逾期 The rectification deadline passed: overdue in the supervision record too. */
@Component
public class RectificationOverdueFollowUp implements OverdueFollowUp {

  private final SupervisionRecords records;

  public RectificationOverdueFollowUp(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public String processKey() {
    return SUPERVISION_PROCESS;
  }

  @Override
  public void overdue(DelegateExecution execution, String flag) {
    records.overdue(id(execution.getVariable(SUPERVISION_ID)));
  }
}
