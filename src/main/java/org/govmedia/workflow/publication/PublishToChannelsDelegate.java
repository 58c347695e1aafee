package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountPost;
import org.govmedia.workflow.account.AccountPostRepository;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Publishes an approved item: one outbox record per account for the channel adapters, and one post
 * per account in the posts ledger. Runs as a job (asynchronous continuation before it); the keys
 * make a retried job write nothing twice, and a failure rolls back every write of the attempt.
 */
@Component("publishToChannelsDelegate")
public class PublishToChannelsDelegate implements JavaDelegate {

  private final Outbox outbox;
  private final AccountPostRepository posts;
  private final ZoneId zone;

  public PublishToChannelsDelegate(Outbox outbox, AccountPostRepository posts, GovmediaProperties properties) {
    this.outbox = outbox;
    this.posts = posts;
    this.zone = ZoneId.of(properties.zone());
  }

  @Override
  public void execute(DelegateExecution execution) {
    String item = execution.getProcessBusinessKey();
    int round = round(execution);
    String title = (String) execution.getVariable(TITLE);
    boolean original = !ContentCategory.REPRINT.name().equals(execution.getVariable(CATEGORY));
    var now = ClockUtil.getCurrentTime().toInstant();
    for (String account : accounts(execution)) {
      String key = "publication:" + item + ":" + round + ":" + account;
      outbox.enqueue(key + ":PUBLISH", OutboxRecord.Action.PUBLISH, PROCESS_KEY, item, account, null,
          title, (String) execution.getVariable(BODY));
      if (!posts.existsBySourceKey(key)) {
        posts.save(new AccountPost(account, now.atZone(zone).toLocalDate(), original, null, title, key, now));
      }
    }
    execution.setVariable(PUBLISHED_AT, ClockUtil.getCurrentTime());
  }

  static List<String> accounts(DelegateExecution execution) {
    Object ids = execution.getVariable(ACCOUNT_IDS);
    return ids == null ? List.of() : Arrays.stream(ids.toString().split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
