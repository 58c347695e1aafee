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
}
