package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Withdraws a published item the post-publication check found wrong (发布后审核, baicheng art. 7):
 * one retraction per account in the outbox; the next round's correction draft starts after it.
 */
@Component("retractPublicationDelegate")
public class RetractPublicationDelegate implements JavaDelegate {

  private final Outbox outbox;

  public RetractPublicationDelegate(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String item = execution.getProcessBusinessKey();
    int round = round(execution);
    for (String account : PublishToChannelsDelegate.accounts(execution)) {
      outbox.enqueue("publication:" + item + ":" + round + ":" + account + ":RETRACT",
          OutboxRecord.Action.RETRACT, PROCESS_KEY, item, account, null,
          (String) execution.getVariable(TITLE), null);
    }
    execution.setVariable(ROUND, round + 1);
  }
}
