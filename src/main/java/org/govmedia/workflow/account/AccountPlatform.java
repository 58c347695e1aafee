package org.govmedia.workflow.account;

/** The platforms an account runs on (DESIGN.md). */
public enum AccountPlatform { WECHAT, WEIBO, DOUYIN, KUAISHOU, TOUTIAO, APP, WEBSITE, OTHER }
