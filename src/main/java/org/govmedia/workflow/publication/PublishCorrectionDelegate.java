package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Publishes the correction or apology of a withdrawn item on every account it went out on
 * (yanchi annex 2 art. 18(4): 及时更正、公开致歉,并及时澄清问题和发布事实真相): one outbox record per
 * account, titled 更正说明 with the withdrawn title. Runs as a job; its keys make a repeated step
 * write nothing twice. An account closed since fails the job into retries and an incident, as
 * {@link PublishToChannelsDelegate} does.
 */
@Component("publishCorrectionDelegate")
public class PublishCorrectionDelegate implements JavaDelegate {

  private final Outbox outbox;
  private final AccountRegister register;

  public PublishCorrectionDelegate(Outbox outbox, AccountRegister register) {
    this.outbox = outbox;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ids = PublishToChannelsDelegate.accounts(execution);
    AccountRegister.Publishable publishable = register.publishable(ids);
    if (!publishable.refused().isEmpty()) {
      throw new IllegalStateException("账号不可发布 Accounts no longer open for publication: "
          + publishable.refused() + ": the correction cannot go out on them; reopen them or take them off "
          + "accountIds, then retry the job");
    }
    String item = execution.getProcessBusinessKey();
    String title = "更正说明：" + execution.getVariable(TITLE);
    String notice = (String) execution.getVariable(CORRECTION_NOTICE);
    // The withdrawal raised the round: the notice belongs to the round withdrawn.
    int withdrawn = round(execution) - 1;
    for (String id : ids) {
      AccountRegister.Channel account = publishable.accounts().get(id);
      outbox.enqueue("publication:" + item + ":" + withdrawn + ":" + account.id() + ":CORRECTION",
          OutboxRecord.Action.PUBLISH, PROCESS_KEY, item, account.id().toString(), account.platform().name(),
          title, notice);
    }
  }
}
