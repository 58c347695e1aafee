package org.govmedia.workflow.reply;

import java.util.Arrays;
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
      throw new InvalidMessageException("classification", "is required");
    }
    Classification classification;
    try {
      classification = Classification.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("classification", "unknown classification '" + value
          + "' (expected one of " + Arrays.toString(Classification.values()) + ")");
    }
    String department = TaskFields.text(task.getVariable("department"));
    if (department == null && classification != Classification.OUT_OF_REMIT) {
      throw new InvalidMessageException("department", "is required unless the message is out of remit");
    }
    task.setVariable("classification", classification.name());
    task.setVariable("department", department);
    task.setVariable("majorOpinion", TaskFields.bool(task.getVariable("majorOpinion"), "majorOpinion",
        Boolean.FALSE));
  }
}
