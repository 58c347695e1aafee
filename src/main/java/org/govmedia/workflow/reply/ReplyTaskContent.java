package org.govmedia.workflow.reply;

import java.util.Map;
import org.govmedia.workflow.screening.TaskContent;
import org.springframework.stereotype.Component;

/** The approval of a reply (审批答复) screens the reply text the section drafted (variable replyText). */
@Component
public class ReplyTaskContent implements TaskContent {

  static final String APPROVE_REPLY = "approve-reply";
  static final String REPLY_TEXT = "replyText";

  @Override
  public boolean covers(String processKey, String taskKey) {
    return MessageIntakeListener.PROCESS_KEY.equals(processKey) && APPROVE_REPLY.equals(taskKey);
  }

  @Override
  public Map<String, String> fields() {
    return Map.of(REPLY_TEXT, "答复内容");
  }
}
