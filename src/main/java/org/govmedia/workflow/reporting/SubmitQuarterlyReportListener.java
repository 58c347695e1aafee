package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.reporting.ReportingVariables.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completing {@code submit-quarterly-report} (henan 6(2): 报送省政务办并在政府网站公开): the day it was
 * submitted to the provincial office ({@code submittedOn}, an ISO date, not after today) and the
 * link of its publication on the government website ({@code publishedLink}, http or https). Sets
 * {@code submittedBy} and {@code submittedOnTime} (the day is not after the deadline's day).
 */
@Component("submitQuarterlyReportListener")
public class SubmitQuarterlyReportListener implements TaskListener {

  private final WorkingCalendar calendar;

  public SubmitQuarterlyReportListener(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Object dayValue = task.getVariable(SUBMITTED_ON);
    LocalDate day;
    try {
      day = dayValue == null || dayValue.toString().isBlank() ? null
          : LocalDate.parse(dayValue.toString().strip().substring(0, Math.min(10, dayValue.toString().strip().length())));
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      throw RefusedInput.forClerk(SUBMITTED_ON, "日期格式应为 年-月-日，如 2026-01-08");
    }
    if (day.isAfter(calendar.today())) {
      throw RefusedInput.forClerk(SUBMITTED_ON, "报送日期 " + day + " 不能晚于今天 " + calendar.today());
    }
    Object linkValue = task.getVariable(PUBLISHED_LINK);
    String link = linkValue == null ? "" : linkValue.toString().strip();
    if (!validLink(link)) {
      throw RefusedInput.forClerk(PUBLISHED_LINK, "须为政府网站公开页面的链接（以 http:// 或 https:// 开头）");
    }
    Date deadline = (Date) task.getVariable(REPORT_DEADLINE);
    task.setVariable(SUBMITTED_ON, day.toString());
    task.setVariable(PUBLISHED_LINK, link);
    task.setVariable("submittedBy", Actor.current());
    task.setVariable("submittedOnTime", deadline == null || !day.isAfter(calendar.dayOf(deadline)));
  }

  static boolean validLink(String link) {
    if (link.isEmpty() || link.length() > 1000) {
      return false;
    }
    try {
      URI uri = new URI(link);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
