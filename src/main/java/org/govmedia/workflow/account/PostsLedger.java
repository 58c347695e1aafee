package org.govmedia.workflow.account;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更新台账 The posts ledger of the register's accounts, which the update-frequency checks read:
 * posts reported for an account (run outside this application), and the posts a process published,
 * once per source key (a publication round and account), in one statement: a retried or repeated
 * step adds nothing.
 */
@Service
public class PostsLedger {

  private final JdbcClient jdbc;
  private final AccountRegister register;
  private final AccountPostRepository posts;

  public PostsLedger(JdbcClient jdbc, AccountRegister register, AccountPostRepository posts) {
    this.jdbc = jdbc;
    this.register = register;
    this.posts = posts;
  }

  /** A post reported for the account: 404 for an unknown account. */
  @Transactional
  public AccountPost addPost(Object id, LocalDate date, boolean original, String link, String title) {
    Account account = register.get(id);
    return posts.save(new AccountPost(account.getId().toString(), date, original, link, title, null,
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** The account's posts, the latest first: 404 for an unknown account. */
  @Transactional(readOnly = true)
  public List<AccountPost> posts(Object id) {
    return posts.findByAccountIdOrderByPostDateDesc(register.get(id).getId().toString());
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
