package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.RefusedInput.yesNo;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code verify-rectification}: on create no earlier answer; on complete {@code rectified}
 * ("true"/"false" of the radio, or a boolean) becomes a Boolean before the gateway and is recorded.
 */
@Component("verifyRectificationListener")
public class VerifyRectificationListener implements TaskListener {

  private final SupervisionRecords records;

  public VerifyRectificationListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().getProcessInstance().setVariable(RECTIFIED, null);
      return;
    }
    boolean rectified = yesNo(task.getVariable(RECTIFIED), RECTIFIED,
        "请选择是否整改到位 choose whether the account was rectified (true or false)");
    task.getExecution().getProcessInstance().setVariable(RECTIFIED, rectified);
    records.verified(id(task.getVariable(SUPERVISION_ID)), rectified);
  }
}
