package org.govmedia.workflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Complete listener: refuses a completion ("约谈记录：必填", {@link RefusedInput#forClerk}) while a field the task names in its
 * extension property {@code requiredFields} (comma-separated) is missing or blank, so a REST client
 * cannot skip what the form requires. The task stays open.
 */
@Component("requiredFieldsListener")
public class RequiredFieldsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (String field : requiredFields(task)) {
      Object value = task.getVariable(field);
      if (value == null || value.toString().isBlank()) {
        throw RefusedInput.forClerk(field, field + " is required (" + task.getName() + ")");
      }
    }
  }

  private static List<String> requiredFields(DelegateTask task) {
    List<String> fields = new ArrayList<>();
    ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
    if (extensions == null) {
      return fields;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if ("requiredFields".equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          for (String field : property.getCamundaValue().split(",")) {
            if (!field.isBlank()) {
              fields.add(field.strip());
            }
          }
        }
      }
    }
    return fields;
  }
}
