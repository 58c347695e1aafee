package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a task where a clerk enters the date of an event a deadline runs from: the
 * task names the field in its extension property {@code eventDateField} and its Chinese name in
 * {@code eventDateLabel}; the date is checked by {@link EventDates} against the account of
 * {@code accountId} and stored back as an ISO date (yyyy-MM-dd). The task stays open on a refusal.
 */
@Component("eventDateListener")
public class EventDateListener implements TaskListener {

  private final EventDates dates;
  private final AccountRegister register;

  public EventDateListener(EventDates dates, AccountRegister register) {
    this.dates = dates;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String field = property(task, "eventDateField");
    String label = property(task, "eventDateLabel");
    Account account = register.find(task.getVariable("accountId")).orElse(null);
    task.setVariable(field, dates.check(task.getVariable(field), field, label == null ? field : label,
        account).toString());
  }

  private static String property(DelegateTask task, String name) {
    ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
    if (extensions != null) {
      for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (name.equals(property.getCamundaName())) {
            return property.getCamundaValue();
          }
        }
      }
    }
    return null;
  }
}
