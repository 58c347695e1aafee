package org.govmedia.workflow.reporting;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${quarterlyReportSchedule.cycle}}: when quarterly-report's one timer start event fires
 * (govmedia.reporting.cycle, a Camunda cron read when the model is deployed; default 01:00 on the
 * first day of January, April, July and October, right after each quarter), and the rule sets a run
 * starts a report for (govmedia.reporting.scheduled-rule-sets: henan 6(2) and baicheng art. 14 ask
 * for a quarterly report).
 */
@Component("quarterlyReportSchedule")
public class QuarterlyReportSchedule {

  private final String cycle;
  private final List<String> scheduledRuleSets;

  public QuarterlyReportSchedule(
      @Value("${govmedia.reporting.cycle}") String cycle,
      @Value("${govmedia.reporting.scheduled-rule-sets}") String ruleSets) {
    this.cycle = cycle;
    this.scheduledRuleSets = Arrays.stream(ruleSets.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  public String getCycle() { return cycle; }

  public List<String> getScheduledRuleSets() { return scheduledRuleSets; }
}
