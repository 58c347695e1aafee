package org.govmedia.workflow.account;

/**
 * The platforms an account runs on, a message comes from and a reply goes out on: the one list of
 * platforms (every form's platform options are checked against it, {@code models/VocabularyTest}).
 */
public enum AccountPlatform {
  WECHAT("微信公众号"),
  WEIBO("微博"),
  DOUYIN("抖音"),
  KUAISHOU("快手"),
  TOUTIAO("今日头条"),
  APP("移动客户端"),
  WEBSITE("网站"),
  OTHER("其他");

  private final String chineseName;

  AccountPlatform(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The platform as clerks name it: 微信公众号, 微博 ... */
  public String chineseName() {
    return chineseName;
  }
}
