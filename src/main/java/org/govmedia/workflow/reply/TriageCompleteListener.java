package org.govmedia.workflow.reply;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code triage}: a known classification, a responsible department unless the message is
 * out of remit, {@code majorOpinion} as a Boolean (false when not ticked). Refuses otherwise; the
 * task stays open.
 */
@Component("triageCompleteListener")
public class TriageCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String value = TaskFields.text(task.getVariable("classification"));
    if (value == null) {
      throw InvalidMessageException.forClerk("classification", "留言类别", "请选择留言类别");
    }
    Classification classification;
    try {
      classification = Classification.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidMessageException.forClerk("classification", "留言类别",
          "只能选咨询、投诉、建议或非本单位职责");
    }
    String department = TaskFields.text(task.getVariable("department"));
    if (department == null && classification != Classification.OUT_OF_REMIT) {
      throw InvalidMessageException.forClerk("department", "承办科室",
          "请选择承办科室（非本单位职责的留言除外）");
    }
    task.setVariable("classification", classification.name());
    task.setVariable("department", department);
    task.setVariable("majorOpinion", TaskFields.bool(task.getVariable("majorOpinion"), "majorOpinion",
        Boolean.FALSE));
  }
}
