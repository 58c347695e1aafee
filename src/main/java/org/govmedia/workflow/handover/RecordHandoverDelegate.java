package org.govmedia.workflow.handover;

import static org.govmedia.workflow.handover.HandoverVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.AccountRegister;
import org.springframework.stereotype.Component;

/**
 * 交接登记 The leader in charge signed off: the handover is recorded in {@code gm_staff_handover}
 * (who handed over to whom, when, confirmed and signed off by whom; never a credential).
 */
@Component("recordHandoverDelegate")
public class RecordHandoverDelegate implements JavaDelegate {

  private final HandoverLog log;

  public RecordHandoverDelegate(HandoverLog log) {
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    log.insert(new HandoverLog.Handover(null,
        AccountRegister.parseId(execution.getVariable(ACCOUNT_ID)),
        (String) execution.getVariable(HANDOVER_ROLE), (String) execution.getVariable(LEAVING_PERSON),
        (String) execution.getVariable(CHANGE_REASON), (String) execution.getVariable(SUCCESSOR_NAME),
        (String) execution.getVariable(SUCCESSOR_USER_ID),
        (String) execution.getVariable(HANDED_OVER_BY),
        ((Date) execution.getVariable(HANDED_OVER_AT)).toInstant(),
        (String) execution.getVariable(CONFIRMED_BY),
        ((Date) execution.getVariable(CONFIRMED_AT)).toInstant(),
        (String) execution.getVariable("decidedBy"), ClockUtil.getCurrentTime().toInstant(),
        execution.getProcessInstanceId()));
  }
}
