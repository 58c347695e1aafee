package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The escalation-step after the interview decided: its action goes into the record. */
@Component("recordEscalationListener")
public class RecordEscalationListener implements ExecutionListener {

  private final SupervisionRecords records;

  public RecordEscalationListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    records.escalatedAgain(id(execution.getVariable(SUPERVISION_ID)),
        (String) execution.getVariable(ESCALATION_ACTION));
  }
}
