package org.govmedia.workflow.account;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records the posts a process published into an account's posts ledger, once per source key (a
 * publication round and account), in one statement: a retried or repeated step adds nothing.
 */
@Service
public class PostsLedger {

  private final JdbcClient jdbc;

  public PostsLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean recordOnce(String accountId, LocalDate date, boolean original, String title, String sourceKey) {
    return jdbc.sql("""
            insert into gm_account_post (account_id, post_date, original, title, source_key, created_at)
            select :account, :date, :original, :title, :key, :createdAt
            where not exists (select 1 from gm_account_post where source_key = :key)
            """)
        .param("account", accountId).param("date", date).param("original", original)
        .param("title", title).param("key", sourceKey)
        .param("createdAt", new Timestamp(ClockUtil.getCurrentTime().getTime()))
        .update() == 1;
  }
}
