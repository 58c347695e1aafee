package org.govmedia.workflow.channel.wechat;

import java.sql.Timestamp;
import java.time.Instant;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WxJava's per-account configuration, with the access token kept in {@code gm_wechat_token} so that
 * every node of the cluster uses the same token: a node refreshes only when the stored one has
 * expired, and writes its new token with an optimistic update (version), so that two nodes
 * refreshing at once leave one token, and each keeps working (WeChat keeps the previous token valid
 * for 5 minutes after issuing a new one). WxJava's own lock still makes one thread per node fetch.
 */
class SharedTokenConfig extends WxMpDefaultConfigImpl {

  /** Stop using a token this long before WeChat's expiry (WxJava's own margin is 200 s). */
  private static final long MARGIN_SECONDS = 200;

  private final transient JdbcClient jdbc;
  private final long accountId;

  SharedTokenConfig(JdbcClient jdbc, WechatChannel channel, String apiBaseUrl) {
    this.jdbc = jdbc;
    this.accountId = channel.accountId();
    setAppId(channel.appId());
    setSecret(channel.appSecret());
    setToken(channel.token());
    setAesKey(channel.encodingAesKey());
    setHostConfig(WxMpHostConfig.builder().apiHost(stripSlash(apiBaseUrl)).build());
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private record Stored(String token, Instant expiresAt, long version) {}

  private Stored stored() {
    return jdbc.sql("select access_token, expires_at, version from gm_wechat_token where account_id = :id")
        .param("id", accountId)
        .query((rs, n) -> new Stored(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3)))
        .optional().orElse(null);
  }

  @Override
  public String getAccessToken() {
    Stored s = stored();
    return s == null ? null : s.token();
  }

  @Override
  public boolean isAccessTokenExpired() {
    Stored s = stored();
    return s == null || s.token() == null || !Instant.now().isBefore(s.expiresAt());
  }

  @Override
  public synchronized void updateAccessToken(WxAccessToken accessToken) {
    updateAccessToken(accessToken.getAccessToken(), accessToken.getExpiresIn());
  }

  @Override
  public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
    Timestamp expires = Timestamp.from(Instant.now().plusSeconds(expiresInSeconds - MARGIN_SECONDS));
    Stored s = stored();
    if (s == null) {
      try {
        jdbc.sql("insert into gm_wechat_token (account_id, access_token, expires_at, version) "
                + "values (:id, :token, :expires, 1)")
            .param("id", accountId).param("token", accessToken).param("expires", expires).update();
      } catch (org.springframework.dao.DataIntegrityViolationException raced) {
        // another node stored its token first: use that one
      }
      return;
    }
    // When another node wrote in between, its token stays and is the one every node uses.
    jdbc.sql("update gm_wechat_token set access_token = :token, expires_at = :expires, "
            + "version = version + 1 where account_id = :id and version = :version")
        .param("token", accessToken).param("expires", expires).param("id", accountId)
        .param("version", s.version()).update();
  }

  @Override
  public void expireAccessToken() {
    jdbc.sql("update gm_wechat_token set expires_at = :epoch, version = version + 1 where account_id = :id")
        .param("epoch", Timestamp.from(Instant.EPOCH)).param("id", accountId).update();
  }
}
