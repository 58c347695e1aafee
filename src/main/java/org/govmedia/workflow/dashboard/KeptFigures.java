package org.govmedia.workflow.dashboard;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as supervisors look at them: computed once and shown to everyone for
 * {@code govmedia.dashboard.figures-max-age} (one minute; an application default), then computed
 * again by the first caller while the others wait for that one computation instead of each running
 * the six aggregates. The page says when the figures were computed (数据时间). At a province's five
 * years the aggregates take about a third of a second of the database's time; ten supervisors
 * opening the dashboard at once queued for two seconds (ProvinceScaleBenchmark). Age is counted on
 * the engine's clock; a clock set back computes again.
 */
@Component
public class KeptFigures {

  private record Kept(DashboardFigures.Figures figures, long at) {}

  private final DashboardFigures figures;
  private final Object computing = new Object();
  private volatile Duration maxAge;
  private volatile Kept kept;

  public KeptFigures(DashboardFigures figures,
      @Value("${govmedia.dashboard.figures-max-age:PT1M}") Duration maxAge) {
    this.figures = figures;
    this.maxAge = maxAge;
  }

  public DashboardFigures.Figures figures() {
    if (maxAge.isZero() || maxAge.isNegative()) {
      return figures.figures();
    }
    Kept current = kept;
    if (fresh(current)) {
      return current.figures();
    }
    synchronized (computing) {
      current = kept;
      if (fresh(current)) {
        return current.figures();
      }
      long at = ClockUtil.getCurrentTime().getTime();
      DashboardFigures.Figures computed = figures.figures();
      kept = new Kept(computed, at);
      return computed;
    }
  }

  /** How long figures are kept from now on; what is kept is forgotten. */
  void keepFor(Duration age) {
    synchronized (computing) {
      maxAge = age;
      kept = null;
    }
  }

  private boolean fresh(Kept k) {
    if (k == null) {
      return false;
    }
    long age = ClockUtil.getCurrentTime().getTime() - k.at();
    return age >= 0 && age < maxAge.toMillis();
  }
}
