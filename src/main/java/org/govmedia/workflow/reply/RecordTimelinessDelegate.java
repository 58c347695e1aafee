package org.govmedia.workflow.reply;

import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 记录时效 Whether the reply was on time, judged when it is published (baicheng art. 10: 从群众留言到在
 * 相应平台公开回复要在规定时限5个工作日内): the moment the publish-reply step handed it to the platform,
 * not its approval. Sets {@code onTime} (Boolean), {@code workingDaysLate} (Integer: the working
 * days after the deadline's day up to the day of publication, 0 when on time), {@code
 * replyPublishedAt} (Date) and {@code replied=true}, and keeps the same outcome with the message
 * (gm_message: replied_at, on_time, working_days_late) in the step's transaction: the application's
 * own record, which the dashboard reads and which outlives the engine history's time to live.
 */
@Component("recordTimelinessDelegate")
public class RecordTimelinessDelegate implements JavaDelegate {

  private final WorkingCalendar calendar;
  private final JdbcTemplate jdbc;

  public RecordTimelinessDelegate(WorkingCalendar calendar, JdbcTemplate jdbc) {
    this.calendar = calendar;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    Date deadline = (Date) execution.getVariable("replyDeadline");
    // When the reply went out (a WeChat customer-service message or publication), else now.
    Date repliedAt = execution.getVariable("replySentAt") instanceof Date sent ? sent : now;
    boolean onTime = !repliedAt.after(deadline);
    int late = onTime ? 0 : calendar.workingDaysBetween(calendar.dayOf(deadline), calendar.dayOf(repliedAt));
    execution.setVariable("onTime", onTime);
    execution.setVariable("workingDaysLate", late);
    execution.setVariable("replyPublishedAt", now);
    execution.setVariable("replied", true);
    jdbc.update("update gm_message set replied_at = ?, on_time = ?, working_days_late = ?"
        + " where process_instance_id = ?", new Timestamp(now.getTime()), onTime, late,
        execution.getProcessInstanceId());
  }
}
