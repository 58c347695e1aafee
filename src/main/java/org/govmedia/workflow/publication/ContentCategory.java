package org.govmedia.workflow.publication;

/**
 * The content categories of an item, after baicheng art. 7 (重大敏感事件或全局性的重大信息, 突发性事件,
 * 统计数据 are sensitive; 政策解读, 转载 and routine items take the three reviews, 三审三校); which of them
 * need the main leader is the review-chain table's (dmn/review-chain.dmn).
 */
public enum ContentCategory { ROUTINE, POLICY, REPRINT, EMERGENCY, STATISTICS, MAJOR }
