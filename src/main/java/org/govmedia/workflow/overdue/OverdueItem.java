package org.govmedia.workflow.overdue;

import java.time.Instant;

/**
 * One overdue item: a running process instance whose deadline passed ({@code overdue=true}).
 *
 * @param processKey the process definition key ({@code message-reply})
 * @param processName the process's Chinese name (留言答复)
 * @param businessKey the item's business key (the message id, {@code accountId:EVENT:date}, ...)
 * @param title the item's title or subject
 * @param ownerUnit the owner unit (the account's, the report's, or the department a message went to)
 * @param ruleSet the rule set the instance runs under
 * @param due the deadline that passed
 * @param dueText the deadline in Beijing time, {@code yyyy-MM-dd HH:mm}
 * @param workingDaysLate working days from the deadline's day to today (the calendar module)
 * @param openTask the Chinese name of the open task the item waits on (empty when none)
 * @param holder who holds the open task: the assignee's name, else 待认领 and the candidate groups
 * @param processInstanceId for Cockpit
 */
public record OverdueItem(String processKey, String processName, String businessKey, String title,
    String ownerUnit, String ruleSet, Instant due, String dueText, Integer workingDaysLate,
    String openTask, String holder, String processInstanceId) {}
