package org.govmedia.workflow.supervision;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${inspectionSchedule.cycle}}: the schedule of the inspection rounds from
 * {@code govmedia.inspection.*} (application.yaml). Camunda allows one timer start event per
 * process, so inspection-round has one, on this cycle (read when the model is deployed); each run
 * starts a round for every scheduled rule set whose cadence (inspection-sample.dmn) has a period
 * that has just ended. How a round selects (full or sample, share) is the decision's, not this class's.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final String cycle;
  private final List<String> scheduledRuleSets;
  private final int batchSize;

  public InspectionSchedule(
      @Value("${govmedia.inspection.cycle}") String cycle,
      @Value("${govmedia.inspection.scheduled-rule-sets}") String scheduledRuleSets,
      @Value("${govmedia.inspection.batch-size}") int batchSize) {
    this.cycle = cycle;
    this.scheduledRuleSets = Arrays.stream(scheduledRuleSets.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    this.batchSize = Math.max(1, batchSize);
  }

  public String getCycle() { return cycle; }
  public List<String> getScheduledRuleSets() { return scheduledRuleSets; }
  /** How many supervisions one asynchronous step of a round starts. */
  public int getBatchSize() { return batchSize; }

  /** A period of the cadence ends with the month: MONTHLY always, QUARTERLY with a quarter's last month. */
  public static boolean due(String cadence, int month) {
    return !"QUARTERLY".equals(cadence) || month % 3 == 0;
  }
}
