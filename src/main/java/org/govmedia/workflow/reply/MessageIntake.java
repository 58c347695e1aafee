package org.govmedia.workflow.reply;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.govmedia.workflow.channel.CitizenMessages;
import org.springframework.stereotype.Service;

/** Messages a channel takes in (WeChat pushes) start {@code message-reply} as POST /api/messages does. */
@Service
public class MessageIntake implements CitizenMessages {

  private final ProcessEngine engine;

  public MessageIntake(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Started start(String messageId, Map<String, Object> variables) {
    try {
      ProcessInstanceWithVariables instance = engine.getRuntimeService()
          .createProcessInstanceByKey(MessageIntakeListener.PROCESS_KEY).businessKey(messageId)
          .setVariables(variables).executeWithVariablesInReturn();
      return new Started(instance.getId(), (Date) instance.getVariables().get("replyDeadline"));
    } catch (InvalidMessageException e) {
      if ("messageId".equals(e.getField())) {
        throw new AlreadyTakenIn(e.getMessage());
      }
      throw e;
    }
  }
}
