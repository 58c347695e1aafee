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
  private final com.github.benmanes.caffeine.cache.Cache<Long, java.util.Optional<WechatChannel>> cache =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000)
          .expireAfterWrite(java.time.Duration.ofSeconds(10)).build();

  private record Cached(WxMpService service, String fingerprint) {}

  public WechatApi(JdbcClient jdbc, WechatChannels channels, WechatProperties properties) {
    this.jdbc = jdbc;
    this.channels = channels;
    this.properties = properties;
  }

  /**
   * The account's channel, or empty when it has none. Kept decrypted in this node for 10 seconds
   * (every push needs its token); a change on this node applies at once, on another within 10 s.
   */
  public java.util.Optional<WechatChannel> channel(long accountId) {
    return cache.get(accountId, channels::find);
  }

  /** Forgets the node's copy of a channel (after it was saved). */
  public void forget(long accountId) {
    cache.invalidate(accountId);
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
