package org.govmedia.workflow.channel.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govmedia.channels.wechat.*}: where WeChat's API is (a test stub or an intranet proxy can
 * stand in for it) and WeChat's own limits, which come from WeChat's documentation, not from a
 * regulation.
 */
@ConfigurationProperties(prefix = "govmedia.channels.wechat")
public class WechatProperties {

  /** WeChat's API host (WxMpHostConfig.apiHost); default WeChat's own. */
  private String apiBaseUrl = "https://api.weixin.qq.com";
  /** How far a push's timestamp may be from our clock before it is refused as stale or replayed. */
  private Duration timestampTolerance = Duration.ofMinutes(5);
  /**
   * How long after a citizen's last message WeChat accepts customer-service messages to that
   * citizen (WeChat: 用户发送消息后48小时内可调用客服接口); later replies are published on the account.
   */
  private Duration customerServiceWindow = Duration.ofHours(48);
  /** Send the citizen a receipt (customer-service message) naming the reply deadline. */
  private boolean acknowledgeReceipt = true;
  /** Worker threads that start processes for pushes taken in (one leaves a 2-core node a core to answer). */
  private int intakeThreads = 1;

  public String getApiBaseUrl() { return apiBaseUrl; }
  public void setApiBaseUrl(String apiBaseUrl) { this.apiBaseUrl = apiBaseUrl; }
  public Duration getTimestampTolerance() { return timestampTolerance; }
  public void setTimestampTolerance(Duration timestampTolerance) { this.timestampTolerance = timestampTolerance; }
  public Duration getCustomerServiceWindow() { return customerServiceWindow; }
  public void setCustomerServiceWindow(Duration customerServiceWindow) { this.customerServiceWindow = customerServiceWindow; }
  public boolean isAcknowledgeReceipt() { return acknowledgeReceipt; }
  public void setAcknowledgeReceipt(boolean acknowledgeReceipt) { this.acknowledgeReceipt = acknowledgeReceipt; }
  public int getIntakeThreads() { return intakeThreads; }
  public void setIntakeThreads(int intakeThreads) { this.intakeThreads = intakeThreads; }
}
