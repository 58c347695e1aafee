package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code rectify} created: its due date (the rectification deadline) goes into the record. */
@Component("rectificationListener")
public class RectificationListener implements TaskListener {

  private final SupervisionRecords records;

  public RectificationListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() != null) {
      records.rectificationDue(id(task.getVariable(SUPERVISION_ID)), task.getDueDate());
    }
  }
}
