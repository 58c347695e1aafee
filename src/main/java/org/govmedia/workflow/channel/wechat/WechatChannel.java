package org.govmedia.workflow.channel.wechat;

import java.time.Instant;

/**
 * The WeChat channel of one register account, decrypted for use in this node only (never
 * serialised, never logged: {@link #toString()} names no secret).
 */
public record WechatChannel(long accountId, String appId, String appSecret, String token,
    String encodingAesKey, String thumbMediaId, Instant updatedAt) {

  @Override
  public String toString() {
    return "WechatChannel[account=" + accountId + ", appId=" + appId + "]";
  }
}
