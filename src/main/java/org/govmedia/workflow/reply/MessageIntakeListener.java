package org.govmedia.workflow.reply;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code message-reply}: every start (the intake API, /engine-rest, Tasklist) passes
 * the same checks, gets the message id as business key, the default rule set and {@code overdue=false},
 * and writes the message record. A refused start throws {@link InvalidMessageException} naming the
 * field; the transaction rolls back, so neither instance nor record stays.
 */
@Component("messageIntakeListener")
public class MessageIntakeListener implements ExecutionListener {

  public static final String PROCESS_KEY = "message-reply";

  private final MessageValidator validator;
  private final MessageRecordRepository records;
  private final GovmediaProperties properties;
  private final Deadlines deadlines;

  public MessageIntakeListener(MessageValidator validator, MessageRecordRepository records,
      GovmediaProperties properties, Deadlines deadlines) {
    this.validator = validator;
    this.records = records;
    this.properties = properties;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MessageValidator.ValidMessage message = validator.validate(execution.getVariables());
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(message.messageId());
    } else if (!businessKey.equals(message.messageId())) {
      throw new InvalidMessageException("businessKey", "must equal the messageId '"
          + message.messageId() + "': '" + businessKey + "'");
    }
    String existing = existingInstance(message.messageId(), execution.getProcessInstanceId());
    if (existing != null) {
      throw new InvalidMessageException("messageId", "message '" + message.messageId()
          + "' was taken in already (process instance " + existing + ")");
    }
    String ruleSet = message.ruleSet() != null ? message.ruleSet() : properties.defaultRuleSet();
    execution.setVariable("messageId", message.messageId());
    execution.setVariable("platform", message.platform().name());
    execution.setVariable("receivedAt",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(message.receivedAt()));
    // What the forms show: Beijing time, yyyy-MM-dd HH:mm.
    execution.setVariable("receivedAtText", deadlines.clerkText(message.receivedAt()));
    execution.setVariable("content", message.content());
    execution.setVariable(RULE_SET, ruleSet);
    execution.setVariable("overdue", false);
    execution.setVariable("replied", false);
    records.saveAndFlush(new MessageRecord(message.messageId(), message.platform().name(),
        message.receivedAt().toInstant(), message.citizenContact(), ruleSet,
        execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant()));
  }

  /** Another instance of this process with the message id as business key, running or finished. */
  private String existingInstance(String messageId, String self) {
    var byRecord = records.findById(messageId);
    if (byRecord.isPresent()) {
      return byRecord.get().getProcessInstanceId();
    }
    HistoryService history = Context.getProcessEngineConfiguration().getHistoryService();
    // The caller may start instances without reading their history: look without its authorization.
    return Context.getCommandContext().runWithoutAuthorization(() ->
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(messageId).list().stream()
            .map(instance -> instance.getId()).filter(id -> !id.equals(self)).findFirst()
            .orElse(null));
  }
}
