package org.govmedia.workflow.account;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completing {@code inform-superior} (yanchi annex 2 art. 22, 抄告上级单位): the superior unit and the
 * day it was informed (not in the future) are required; the notice is recorded in
 * {@code gm_superior_notice} in the task's transaction. Refused naming the field, nothing written.
 */
@Component("superiorNoticeListener")
public class SuperiorNoticeListener implements TaskListener {

  static final int UNIT_MAX = 200;
  static final int REFERENCE_MAX = 100;

  private final JdbcTemplate jdbc;
  private final WorkingCalendar calendar;

  public SuperiorNoticeListener(JdbcTemplate jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String unit = FormValues.text(task.getVariable("superiorUnit"));
    if (unit == null) {
      throw RefusedInput.of("superiorUnit", "上级单位（superiorUnit）为必填项");
    }
    if (unit.length() > UNIT_MAX) {
      throw RefusedInput.of("superiorUnit", "上级单位（superiorUnit）不得超过" + UNIT_MAX + "字");
    }
    String reference = FormValues.text(task.getVariable("superiorNoticeReference"));
    if (reference != null && reference.length() > REFERENCE_MAX) {
      throw RefusedInput.of("superiorNoticeReference", "抄告文号（superiorNoticeReference）不得超过"
          + REFERENCE_MAX + "字");
    }
    Object informed = task.getVariable("superiorInformedOn");
    if (informed == null || informed.toString().isBlank()) {
      throw RefusedInput.of("superiorInformedOn", "抄告日期（superiorInformedOn）为必填项");
    }
    LocalDate informedOn;
    try {
      informedOn = calendar.dayOf(informed);
    } catch (RuntimeException e) {
      throw RefusedInput.of("superiorInformedOn", "抄告日期（superiorInformedOn）格式应为 yyyy-MM-dd");
    }
    if (informedOn.isAfter(calendar.today())) {
      throw RefusedInput.of("superiorInformedOn", "抄告日期（superiorInformedOn）不能晚于今天");
    }
    String user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? task.getAssignee()
        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    jdbc.update("insert into gm_superior_notice (account_id, superior_unit, informed_on, notice_reference,"
        + " recorded_by, recorded_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?)",
        Long.valueOf(task.getVariable("accountId").toString()), unit, java.sql.Date.valueOf(informedOn),
        reference, user, new Timestamp(ClockUtil.getCurrentTime().getTime()), task.getProcessInstanceId());
    task.setVariable("superiorUnit", unit);
    task.setVariable("superiorInformedOn", informedOn.toString());
  }
}
