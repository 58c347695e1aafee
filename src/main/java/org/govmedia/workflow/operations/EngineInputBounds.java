package org.govmedia.workflow.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.stereotype.Component;

/**
 * What every process of the engine takes in, whatever the path (engine REST, Tasklist, the Java
 * API): a string variable of any length is stored ({@link LongStringSerializer}; the processes'
 * own checks bound the texts), and a business key that the engine's column cannot hold (over
 * {@value InputRules#MAX_BUSINESS_KEY_LENGTH} characters) or that carries control characters is
 * refused as bad input before anything is written, instead of an SQL error. The check is a
 * built-in start listener of every process, so it runs even for a start that skips custom
 * listeners.
 */
@Component
public class EngineInputBounds extends AbstractProcessEnginePlugin {

  static final ExecutionListener BUSINESS_KEY_CHECK = execution -> {
    try {
      InputRules.businessKey(execution.getProcessBusinessKey());
    } catch (BadRequestException e) {
      throw new BadUserRequestException("Invalid " + e.getField() + ": " + e.getMessage());
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    serializers.add(new LongStringSerializer());
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    configuration.setCustomPreVariableSerializers(serializers);

    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, BUSINESS_KEY_CHECK);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
