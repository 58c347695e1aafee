package org.govmedia.workflow.channel;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interface to the channel adapters that post to WeChat, Weibo and the rest (outside this
 * application). Writing joins the engine's transaction, so a failed job leaves nothing behind, and
 * the idempotency key makes a retried job write nothing twice.
 */
@Service
public class Outbox {

  private final OutboxRepository records;

  public Outbox(OutboxRepository records) {
    this.records = records;
  }

  /** Writes the record unless one with the same key exists; answers the record either way. */
  @Transactional
  public OutboxRecord enqueue(String idempotencyKey, OutboxRecord.Action action, String sourceProcess,
      String businessKey, String accountId, String platform, String title, String body) {
    return records.findByIdempotencyKey(idempotencyKey).orElseGet(() -> records.saveAndFlush(
        new OutboxRecord(idempotencyKey, action, sourceProcess, businessKey, accountId, platform,
            title, body, ClockUtil.getCurrentTime().toInstant())));
  }
}
