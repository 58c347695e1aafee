package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.PostsLedger;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.wechat.WechatPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes an approved item: one outbox record per account for the channel adapters, and one post
 * per account in its posts ledger. Runs as a job (asynchronous continuation before it); the keys
 * make a repeated step write nothing twice, and a failure rolls back every write of the attempt.
 * An account closed or shut down since the draft fails the job: it retries, then raises an
 * incident in Cockpit until an operator takes the account off the item or reopens it. An item
 * without all its signatures in the review journal ({@link PublicationSignatures}) fails into an
 * incident at its first attempt, and nothing goes out.
 */
@Component("publishToChannelsDelegate")
public class PublishToChannelsDelegate implements JavaDelegate {

  private final Outbox outbox;
  private final PostsLedger posts;
  private final AccountRegister register;
  private final ZoneId zone;
  private final PublicationSignatures signatures;
  private final WechatPublisher wechat;

  public PublishToChannelsDelegate(Outbox outbox, PostsLedger posts, AccountRegister register,
      GovmediaProperties properties, PublicationSignatures signatures, WechatPublisher wechat) {
    this.wechat = wechat;
    this.outbox = outbox;
    this.posts = posts;
    this.register = register;
    this.zone = ZoneId.of(properties.zone());
    this.signatures = signatures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signatures.require(execution); // without every signature: an incident at once, nothing goes out
    List<String> ids = accounts(execution);
    AccountRegister.Publishable publishable = register.publishable(ids);
    if (!publishable.refused().isEmpty()) {
      throw new IllegalStateException("账号不可发布 Accounts no longer open for publication: "
          + publishable.refused() + " (closed, shut down or unknown since the draft): take them off "
          + "accountIds or reopen them, then retry the job");
    }
    String item = execution.getProcessBusinessKey();
    int round = round(execution);
    String title = (String) execution.getVariable(TITLE);
    String body = (String) execution.getVariable(BODY);
    boolean original = !ContentCategory.REPRINT.name().equals(execution.getVariable(CATEGORY));
    var today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    for (String id : ids) {
      AccountRegister.Channel account = publishable.accounts().get(id);
      String key = "publication:" + item + ":" + round + ":" + account.id();
      boolean fresh = outbox.enqueue(key + ":PUBLISH", OutboxRecord.Action.PUBLISH, PROCESS_KEY, item,
          account.id().toString(), account.platform().name(), title, body);
      if (fresh && wechat.connected(account.id().toString())) {
        // token, draft/add, freepublish/submit; WeChat's PUBLISHJOBFINISH later marks the record
        wechat.publish(account.id(), key + ":PUBLISH", title, body);
      }
      posts.recordOnce(account.id().toString(), today, original, title, key);
    }
  }

  /** The register ids of {@code accountIds} (comma-separated, or a form's JSON array), each once, in their order. */
  static List<String> accounts(VariableScope variables) {
    return AccountChoices.ids(variables.getVariable(ACCOUNT_IDS));
  }
}
