package org.govmedia.workflow.channel.wechat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored channels ({@code gm_wechat_channel}): secrets sealed by {@link SecretBox}. */
@Repository
public class WechatChannels {

  private final JdbcClient jdbc;
  private final SecretBox box;

  public WechatChannels(JdbcClient jdbc, SecretBox box) {
    this.jdbc = jdbc;
    this.box = box;
  }

  private static String context(long accountId, String field) {
    return "gm_wechat_channel:" + accountId + ":" + field;
  }

  /** Writes (or replaces) the channel of an account in one statement each, in the caller's transaction. */
  public void save(WechatChannel channel, String actor) {
    long id = channel.accountId();
    String secret = box.seal(channel.appSecret(), context(id, "appSecret"));
    String token = box.seal(channel.token(), context(id, "token"));
    String aesKey = box.seal(channel.encodingAesKey(), context(id, "encodingAesKey"));
    Timestamp now = Timestamp.from(channel.updatedAt());
    // Two first saves of one account at once both found no row to update and both inserted: the
    // second a duplicate key, a 500. The account's row, locked until the caller's transaction ends,
    // puts them one after the other; the second then updates the first's row.
    jdbc.sql("select id from gm_account where id = :id for update").param("id", id).query().listOfRows();
    int updated = jdbc.sql("""
            update gm_wechat_channel set app_id = :appId, app_secret_enc = :secret, token_enc = :token,
              aes_key_enc = :aesKey, thumb_media_id = :thumb, updated_at = :now, updated_by = :actor
            where account_id = :id""")
        .param("appId", channel.appId()).param("secret", secret).param("token", token)
        .param("aesKey", aesKey).param("thumb", channel.thumbMediaId()).param("now", now)
        .param("actor", actor).param("id", id).update();
    if (updated == 0) {
      jdbc.sql("""
              insert into gm_wechat_channel (account_id, app_id, app_secret_enc, token_enc, aes_key_enc,
                thumb_media_id, updated_at, updated_by)
              values (:id, :appId, :secret, :token, :aesKey, :thumb, :now, :actor)""")
          .param("appId", channel.appId()).param("secret", secret).param("token", token)
          .param("aesKey", aesKey).param("thumb", channel.thumbMediaId()).param("now", now)
          .param("actor", actor).param("id", id).update();
    }
    // A new app (or secret) must not use the previous app's token.
    jdbc.sql("delete from gm_wechat_token where account_id = :id").param("id", id).update();
  }

  public Optional<WechatChannel> find(long accountId) {
    return jdbc.sql("""
            select account_id, app_id, app_secret_enc, token_enc, aes_key_enc, thumb_media_id, updated_at
            from gm_wechat_channel where account_id = :id""")
        .param("id", accountId)
        .query((rs, n) -> new WechatChannel(rs.getLong(1), rs.getString(2),
            box.open(rs.getString(3), context(accountId, "appSecret")),
            box.open(rs.getString(4), context(accountId, "token")),
            box.open(rs.getString(5), context(accountId, "encodingAesKey")),
            rs.getString(6), rs.getTimestamp(7).toInstant()))
        .optional();
  }

  /** The public part: appId, cover media id and when it changed, without decrypting anything. */
  public record PublicPart(String appId, String thumbMediaId, Instant updatedAt, String updatedBy) {}

  public Optional<PublicPart> publicPart(long accountId) {
    return jdbc.sql("""
            select app_id, thumb_media_id, updated_at, updated_by from gm_wechat_channel
            where account_id = :id""")
        .param("id", accountId)
        .query((rs, n) -> new PublicPart(rs.getString(1), rs.getString(2),
            rs.getTimestamp(3).toInstant(), rs.getString(4)))
        .optional();
  }

  public boolean exists(String accountId) {
    Long id = parse(accountId);
    return id != null && jdbc.sql("select count(*) from gm_wechat_channel where account_id = :id")
        .param("id", id).query(Long.class).single() > 0;
  }

  static Long parse(String accountId) {
    try {
      return accountId == null ? null : Long.valueOf(accountId.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
