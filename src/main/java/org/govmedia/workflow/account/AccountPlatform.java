package org.govmedia.workflow.account;

/**
 * The platforms an account runs on, a message comes from and a reply goes out on: the one list of
 * platforms (every form's platform options are checked against it, {@code models/VocabularyTest}).
 */
public enum AccountPlatform { WECHAT, WEIBO, DOUYIN, KUAISHOU, TOUTIAO, APP, WEBSITE, OTHER }
