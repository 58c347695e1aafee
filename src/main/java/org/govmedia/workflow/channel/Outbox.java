package org.govmedia.workflow.channel;

import java.sql.Timestamp;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The interface to the channel adapters that post to WeChat, Weibo and the rest (outside this
 * application). Writing joins the engine's transaction, so a failed job leaves nothing behind, and
 * the idempotency key makes a repeated step write nothing twice. One statement a record: an insert
 * that does nothing when the key is there (portable between H2 and PostgreSQL).
 */
@Service
public class Outbox {

  private final JdbcClient jdbc;

  public Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the record unless one with the same key exists; true when it wrote one. */
  public boolean enqueue(String idempotencyKey, OutboxRecord.Action action, String sourceProcess,
      String businessKey, String accountId, String platform, String title, String body) {
    return jdbc.sql("""
            insert into gm_outbox (idempotency_key, action, source_process, business_key, account_id,
                                   platform, title, body, created_at, status)
            select :key, :action, :source, :businessKey, :account, :platform, :title, :body, :createdAt, 'PENDING'
            where not exists (select 1 from gm_outbox where idempotency_key = :key)
            """)
        .param("key", idempotencyKey).param("action", action.name()).param("source", sourceProcess)
        .param("businessKey", businessKey).param("account", accountId).param("platform", platform)
        .param("title", title).param("body", body)
        .param("createdAt", new Timestamp(ClockUtil.getCurrentTime().getTime()))
        .update() == 1;
  }

  /**
   * What a channel did with a record: the way it went ({@code delivery}), the platform's id for it,
   * when it went out, its status ({@code SENT}, {@code SUBMITTED}, {@code PUBLISHED}, {@code FAILED})
   * and the platform's answer. In the caller's transaction.
   */
  public void markSent(String idempotencyKey, String delivery, String externalId,
      java.time.Instant sentAt, String status, String detail) {
    jdbc.sql("""
            update gm_outbox set delivery = coalesce(:delivery, delivery),
              external_id = coalesce(:externalId, external_id), sent_at = coalesce(:sentAt, sent_at),
              status = :status, detail = :detail
            where idempotency_key = :key""")
        .param("delivery", delivery).param("externalId", externalId)
        .param("sentAt", sentAt == null ? null : Timestamp.from(sentAt)).param("status", status)
        .param("detail", detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
        .param("key", idempotencyKey).update();
  }
}
