package org.govmedia.workflow.channel.wechat;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * WxJava's {@link WxMpService} for a register account, configured from its stored channel and
 * {@code govmedia.channels.wechat.api-base-url}. One service per account and configuration (its
 * HTTP client is reused); a changed channel or base URL makes a new one.
 */
@Component
public class WechatApi {

  private final JdbcClient jdbc;
  private final WechatChannels channels;
  private final WechatProperties properties;
  private final Map<Long, Cached> services = new ConcurrentHashMap<>();

  private record Cached(WxMpService service, String fingerprint) {}

  public WechatApi(JdbcClient jdbc, WechatChannels channels, WechatProperties properties) {
    this.jdbc = jdbc;
    this.channels = channels;
    this.properties = properties;
  }

  /** The account's channel, or empty when it has none. */
  public java.util.Optional<WechatChannel> channel(long accountId) {
    return channels.find(accountId);
  }

  /** WxJava's service for the channel. */
  public WxMpService service(WechatChannel channel) {
    String fingerprint = channel.updatedAt() + "|" + properties.getApiBaseUrl();
    Cached cached = services.get(channel.accountId());
    if (cached != null && Objects.equals(cached.fingerprint(), fingerprint)) {
      return cached.service();
    }
    WxMpServiceImpl service = new WxMpServiceImpl();
    service.setWxMpConfigStorage(config(channel));
    service.setMaxRetryTimes(2);
    services.put(channel.accountId(), new Cached(service, fingerprint));
    return service;
  }

  /** The configuration WxJava's signature and crypto utilities read (token, key, appId). */
  public WxMpConfigStorage config(WechatChannel channel) {
    return new SharedTokenConfig(jdbc, channel, properties.getApiBaseUrl());
  }
}
