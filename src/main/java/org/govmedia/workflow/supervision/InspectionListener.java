package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.RefusedInput.yesNo;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * {@code inspect}: on create no earlier answer is pre-filled and the automated findings are offered
 * as the findings; on complete {@code prominentProblem} ("true"/"false" of the radio, or a boolean)
 * becomes a Boolean, a prominent problem needs {@code findings}, and the inspection is recorded.
 */
@Component("inspectionListener")
public class InspectionListener implements TaskListener {

  private final SupervisionRecords records;

  public InspectionListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(PROMINENT_PROBLEM);
      if (!task.hasVariable(FINDINGS)) {
        task.setVariable(FINDINGS, task.getVariable(AUTOMATED_FINDINGS));
      }
      return;
    }
    boolean prominent = yesNo(task.getVariable(PROMINENT_PROBLEM), PROMINENT_PROBLEM,
        "请选择是否存在突出问题 choose whether there is a prominent problem (true or false)");
    Object findings = task.getVariable(FINDINGS);
    String text = findings == null ? "" : findings.toString().strip();
    if (prominent && text.isEmpty()) {
      throw RefusedInput.forClerk(FINDINGS, "存在突出问题须写明问题 a prominent problem needs its findings");
    }
    task.setVariable(PROMINENT_PROBLEM, prominent);
    task.setVariable(FINDINGS, text);
    records.inspected(id(task.getVariable(SUPERVISION_ID)), prominent, text, Actor.current());
  }
}
