package org.govmedia.workflow.channel;

import java.util.Date;
import java.util.Map;

/**
 * 留言受理 Where a channel hands over a citizen's message: one {@code message-reply} per message id.
 * The reply feature implements it, so a channel does not depend on the reply feature's classes.
 */
public interface CitizenMessages {

  /** The reply process started for a message, and the reply deadline it was given. */
  record Started(String processInstanceId, Date replyDeadline) {}

  /** The message id was taken in before: nothing was started. */
  class AlreadyTakenIn extends RuntimeException {
    public AlreadyTakenIn(String message) {
      super(message);
    }
  }

  /**
   * Starts {@code message-reply} for the message, its business key the message id.
   *
   * @throws AlreadyTakenIn when a reply process holds that message id already
   */
  Started start(String messageId, Map<String, Object> variables);
}
