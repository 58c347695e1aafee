package org.govmedia.workflow.duty;

import static org.govmedia.workflow.duty.DutyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code duty-check} (gaoxian 2(2) 值班读网): every channel was read
 * ({@code channelsRead}) and the supervising office's notices acknowledged
 * ({@code noticesAcknowledged}), both true (checkbox booleans, or "true"/"false" from a REST
 * client, normalised to Boolean); problems found need what was done about them
 * ({@code problemsFixed}). Else "Invalid <field>" and the task stays open. Records who checked.
 */
@Component("dutyCheckListener")
public class DutyCheckListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    require(task, CHANNELS_READ, "请逐一浏览所有账号 every channel must be read (channelsRead = true)");
    require(task, NOTICES_ACKNOWLEDGED,
        "请确认已阅主管单位通知 acknowledge the supervising office's notices (noticesAcknowledged = true)");
    String found = FormValues.textOrEmpty(task.getVariable(PROBLEMS_FOUND));
    String fixed = FormValues.textOrEmpty(task.getVariable(PROBLEMS_FIXED));
    if (found.length() > 4000 || fixed.length() > 4000) {
      throw RefusedInput.forClerk(found.length() > 4000 ? PROBLEMS_FOUND : PROBLEMS_FIXED,
          "at most 4000 characters");
    }
    if (!found.isEmpty() && fixed.isEmpty()) {
      throw RefusedInput.forClerk(PROBLEMS_FIXED,
          "发现问题须填写处置情况 problems found need what was done about them (problemsFixed)");
    }
    task.setVariable(CHECKED_BY, Actor.current());
  }

  private static void require(DelegateTask task, String field, String message) {
    Object value = task.getVariable(field);
    boolean checked = Boolean.TRUE.equals(value) || "true".equals(value);
    if (!checked) {
      throw RefusedInput.forClerk(field, message);
    }
    task.setVariable(field, Boolean.TRUE);
  }
}
