package org.govmedia.workflow.reply;

/** The platforms a message can come from and a reply goes out on (DESIGN.md). */
public enum Platform { WECHAT, WEIBO, DOUYIN, KUAISHOU, TOUTIAO, APP, WEBSITE, OTHER }
