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

    if (configuration.getCommandContextFactory() == null) {
      QuietRefusals quiet = new QuietRefusals();
      quiet.setProcessEngineConfiguration(configuration);
      configuration.setCommandContextFactory(quiet);
    }
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new FormHistoryWithinTextColumn());
    }
  }

  /**
   * A refusal is not a failure: the engine logs a command's exception at ERROR with its stack
   * trace unless it is itself a bad request, an authorization failure or a lost race. A refusal
   * of a task listener of ours reaches it wrapped ("ENGINE-03051 There was an exception while
   * invoking the TaskListener"), and the other side of a race that finds its task gone is a
   * "Cannot find task". Both are logged as the engine logs the plain ones (at DEBUG); the answer
   * (400, 404, 409) and the one WARN line of the REST mappers say what happened.
   */
  static final class QuietRefusals extends org.camunda.bpm.engine.impl.interceptor.CommandContextFactory {

    @Override
    public org.camunda.bpm.engine.impl.interceptor.CommandContext createCommandContext() {
      return new org.camunda.bpm.engine.impl.interceptor.CommandContext(getProcessEngineConfiguration()) {
        @Override
        protected boolean shouldLogFine(Throwable exception) {
          return super.shouldLogFine(exception) || isRefusal(exception);
        }
      };
    }

    static boolean isRefusal(Throwable exception) {
      java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
        if (t instanceof BadUserRequestException
            || t instanceof org.camunda.bpm.engine.OptimisticLockingException
            || t instanceof org.camunda.bpm.engine.AuthorizationException
            || t instanceof org.camunda.bpm.engine.exception.NullValueException
                && t.getMessage() != null && t.getMessage().startsWith("Cannot find task")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A submitted form (Tasklist's {@code submit-form}) also records each field's value as text in
   * the history ({@code ACT_HI_DETAIL.TEXT_}, 4,000 characters). A long field, such as the
   * read-only citizen message the triage form sends back, is recorded there shortened; the whole
   * value is in the variable and its history.
   */
  static final class FormHistoryWithinTextColumn
      extends org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer {

    @Override
    public org.camunda.bpm.engine.impl.history.event.HistoryEvent createFormPropertyUpdateEvt(
        org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity execution, String propertyId,
        String propertyValue, String taskId) {
      String recorded = propertyValue;
      if (propertyValue != null && propertyValue.length() > LongStringSerializer.TEXT_COLUMN_LIMIT) {
        int end = LongStringSerializer.TEXT_COLUMN_LIMIT - 1;
        if (Character.isHighSurrogate(propertyValue.charAt(end - 1))) {
          end--; // never half a character
        }
        recorded = propertyValue.substring(0, end) + "…";
      }
      return super.createFormPropertyUpdateEvt(execution, propertyId, recorded, taskId);
    }
  }
}
