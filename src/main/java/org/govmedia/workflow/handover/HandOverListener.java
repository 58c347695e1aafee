package org.govmedia.workflow.handover;

import static org.govmedia.workflow.handover.HandoverVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code hand-over} (baicheng art. 8): the account credentials and the devices were
 * handed over to the successor ({@code credentialsHandedOver}, {@code devicesHandedOver}: both true,
 * "true"/"false" normalised to Boolean), else "Invalid <field>" and the task stays open. Records THAT
 * it happened: by whom ({@code handedOverBy}), when ({@code handedOverAt}, {@code handoverDate}: the
 * day of the staff change). Never a credential.
 */
@Component("handOverListener")
public class HandOverListener implements TaskListener {

  private final WorkingCalendar calendar;

  public HandOverListener(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    refuseCredentials(task.getVariables());
    confirmed(task, CREDENTIALS_HANDED_OVER,
        "账号及密码须当面移交继任者 the account credentials must be handed over to the successor");
    confirmed(task, DEVICES_HANDED_OVER,
        "绑定的设备须移交继任者 the devices must be handed over to the successor");
    Date now = ClockUtil.getCurrentTime();
    task.setVariable(HANDED_OVER_BY, Actor.current());
    task.setVariable(HANDED_OVER_AT, now);
    task.setVariable(HANDOVER_DATE, calendar.dayOf(now).toString());
  }

  /** The checkbox is true (a Boolean, or "true" from a REST client), then stored as Boolean. */
  static void confirmed(DelegateTask task, String field, String message) {
    Object value = task.getVariable(field);
    if (!(Boolean.TRUE.equals(value) || "true".equals(value))) {
      throw RefusedInput.forClerk(field, message + " (" + field + " = true)");
    }
    task.setVariable(field, Boolean.TRUE);
  }
}
