package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The windows the automated checks ({@link SupervisionChecks}) count posts in: the rule of a (rule
 * set, account class) from {@code update-frequency.dmn}, and the windows of a period going back
 * from its last day (a window of N working days holds N working days of the holiday calendar;
 * {@code CALENDAR_MONTHS}: whole months). No number of the rules is in this class.
 */
@Component
class CheckWindows {

  private final ProcessEngine engine;
  private final WorkingCalendar calendar;

  CheckWindows(ProcessEngine engine, WorkingCalendar calendar) {
    this.engine = engine;
    this.calendar = calendar;
  }

  /** The update-frequency rule of a (rule set, class), from the decision. */
  record Rule(int minUpdates, int windowAmount, String windowUnit, int minOriginals,
      int originalsWindowDays) {}

  /** A window of days, both ends included. */
  record Window(LocalDate from, LocalDate to) {}

  /** Everything a group of accounts is checked against, computed once per check. */
  record Plan(String ruleSet, String accountClass, Rule rule, Window span, List<Window> vetoes,
      List<Window> windows, List<Window> originals, LocalDate lookBackFrom, LocalDate lookBackTo) {}

  Rule rule(String ruleSet, String accountClass) {
    Map<String, Object> row = engine.getDecisionService().evaluateDecisionTableByKey("update-frequency")
        .variables(Variables.createVariables().putValue(ProcessVariables.RULE_SET, ruleSet)
            .putValue("accountClass", accountClass))
        .evaluate().getSingleResult().getEntryMap();
    return new Rule(number(row.get("minUpdates")), number(row.get("windowAmount")),
        (String) row.get("windowUnit"), number(row.get("minOriginals")),
        number(row.get("originalsWindowDays")));
  }

  Plan plan(String ruleSet, String accountClass, Rule rule, Rule national, LocalDate from,
      LocalDate to, LocalDate vetoFrom) {
    Window span = new Window(from, to);
    List<Window> vetoes = new ArrayList<>();
    List<Window> windows = new ArrayList<>();
    List<Window> originals = new ArrayList<>();
    if (!to.isBefore(from)) {
      for (LocalDate day = vetoFrom; !day.isAfter(to); day = day.plusDays(1)) {
        vetoes.add(back(day, national.windowAmount(), national.windowUnit()));
      }
      if (SupervisionChecks.CALENDAR_MONTHS.equals(rule.windowUnit())) {
        // Whole months only: a month not over by the last day is judged when it is.
        LocalDate end = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to
            : to.withDayOfMonth(1).minusDays(1);
        while (!end.isBefore(from)) {
          LocalDate start = end.withDayOfMonth(1).minusMonths(Math.max(1, rule.windowAmount()) - 1L);
          windows.add(new Window(start, end));
          end = start.minusDays(1);
        }
      } else {
        for (LocalDate end = to; !end.isBefore(from); ) {
          Window w = back(end, rule.windowAmount(), rule.windowUnit());
          windows.add(w);
          end = w.from().minusDays(1);
        }
      }
      if (rule.minOriginals() > 0 && rule.originalsWindowDays() > 0) {
        for (LocalDate end = to; !end.isBefore(from); end = end.minusDays(rule.originalsWindowDays())) {
          originals.add(new Window(end.minusDays(rule.originalsWindowDays() - 1L), end));
        }
      }
    }
    LocalDate lookBack = from;
    for (List<Window> list : List.of(vetoes, windows, originals)) {
      for (Window w : list) {
        lookBack = w.from().isBefore(lookBack) ? w.from() : lookBack;
      }
    }
    return new Plan(ruleSet, accountClass, rule, span, vetoes, windows, originals, lookBack,
        to.isBefore(from) ? from : to);
  }

  /** The window of {@code amount} days of the unit ending on {@code end} (working: N working days). */
  Window back(LocalDate end, int amount, String unit) {
    int n = Math.max(1, amount);
    if (WorkingCalendar.WORKING_DAYS.equals(unit)) {
      return new Window(calendar.subtractWorkingDays(end.plusDays(1), n), end);
    }
    return new Window(end.minusDays(n - 1L), end);
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
