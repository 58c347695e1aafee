package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completing {@code report-to-cyberspace-office} (henan 6(2)): the office reported to and the day of
 * the report (not in the future, not before the counterfeit was found) are required and recorded on
 * the counterfeit report. Refused naming the field, nothing written.
 */
@Component("counterfeitReportedListener")
public class CounterfeitReportedListener implements TaskListener {

  static final int OFFICE_MAX = 200;
  static final int REFERENCE_MAX = 100;

  private final CounterfeitReports reports;
  private final WorkingCalendar calendar;

  public CounterfeitReportedListener(CounterfeitReports reports, WorkingCalendar calendar) {
    this.reports = reports;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String office = FormValues.text(task.getVariable("reportedTo"));
    if (office == null || office.length() > OFFICE_MAX) {
      throw RefusedInput.of("reportedTo", "报送部门（reportedTo）必填，且不超过" + OFFICE_MAX + "字");
    }
    String reference = FormValues.text(task.getVariable("reportReference"));
    if (reference != null && reference.length() > REFERENCE_MAX) {
      throw RefusedInput.of("reportReference", "报送文号（reportReference）不得超过" + REFERENCE_MAX + "字");
    }
    Object day = task.getVariable("reportedOn");
    if (day == null || day.toString().isBlank()) {
      throw RefusedInput.of("reportedOn", "报送日期（reportedOn）为必填项");
    }
    LocalDate reportedOn;
    try {
      reportedOn = calendar.dayOf(day);
    } catch (RuntimeException e) {
      throw RefusedInput.of("reportedOn", "报送日期（reportedOn）格式应为 yyyy-MM-dd");
    }
    if (reportedOn.isAfter(calendar.today())) {
      throw RefusedInput.of("reportedOn", "报送日期（reportedOn）不能晚于今天");
    }
    if (reportedOn.isBefore(LocalDate.parse(task.getVariable("foundOn").toString()))) {
      throw RefusedInput.of("reportedOn", "报送日期（reportedOn）不能早于发现日期");
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication == null ? task.getAssignee() : authentication.getUserId();
    long id = ((Number) task.getVariable("counterfeitReportId")).longValue();
    reports.reported(id, office, reportedOn, reference, user);
    task.setVariable("reportedTo", office);
    task.setVariable("reportedOn", reportedOn.toString());
  }
}
