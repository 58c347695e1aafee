package org.govmedia.workflow.duty;

import org.govmedia.workflow.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every day at 01:30 (Asia/Shanghai; {@code govmedia.duty.cron}): starts holiday-duty for the
 * holiday periods of the calendar ahead that have none yet (gaoxian 2(2)). Every node runs it; the
 * unique period key lets one of them win, the others skip.
 */
@Component
public class DutyPeriodScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(DutyPeriodScheduler.class);

  private final DutyPeriods periods;
  private final WorkingCalendar calendar;

  public DutyPeriodScheduler(DutyPeriods periods, WorkingCalendar calendar) {
    this.periods = periods;
    this.calendar = calendar;
  }

  @Scheduled(cron = "${govmedia.duty.cron}", zone = "${govmedia.zone:Asia/Shanghai}")
  public void startUpcomingPeriods() {
    try {
      periods.startUpcoming(calendar.today());
    } catch (RuntimeException e) {
      LOG.warn("Could not start the duty of the coming holiday periods; the next run retries", e);
    }
  }
}
