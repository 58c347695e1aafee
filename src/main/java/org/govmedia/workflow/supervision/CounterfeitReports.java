package org.govmedia.workflow.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counterfeit accounts 假冒政务新媒体 (henan 6(2)): the finding is recorded in
 * {@code gm_counterfeit_report} and {@code counterfeit-report} starts, whose task reports it to the
 * cyberspace office; both in one transaction.
 */
@Service
public class CounterfeitReports {

  public record Finding(String ownerUnit, String platform, String counterfeitName, String counterfeitLink,
      Long impersonatedAccountId, LocalDate foundOn, String description) {}

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;

  public CounterfeitReports(JdbcTemplate jdbc, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.runtime = runtime;
  }

  @Transactional
  public Map<String, Object> record(Finding finding, String foundBy) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into gm_counterfeit_report (owner_unit, platform,"
          + " counterfeit_name, counterfeit_link, impersonated_account_id, found_on, description, found_by,"
          + " found_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, finding.ownerUnit());
      statement.setString(2, finding.platform());
      statement.setString(3, finding.counterfeitName());
      statement.setString(4, finding.counterfeitLink());
      statement.setObject(5, finding.impersonatedAccountId());
      statement.setObject(6, java.sql.Date.valueOf(finding.foundOn()));
      statement.setString(7, finding.description());
      statement.setString(8, foundBy);
      statement.setTimestamp(9, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      return statement;
    }, key);
    long id = key.getKey().longValue();
    ProcessInstance instance = runtime.createProcessInstanceByKey("counterfeit-report")
        .businessKey("counterfeit:" + id)
        .setVariable("counterfeitReportId", id)
        .setVariable("ownerUnit", finding.ownerUnit())
        .setVariable("platform", finding.platform())
        .setVariable("counterfeitName", finding.counterfeitName())
        .setVariable("counterfeitLink", finding.counterfeitLink())
        .setVariable("foundOn", finding.foundOn().toString())
        .setVariable("description", finding.description())
        .execute();
    jdbc.update("update gm_counterfeit_report set process_instance_id = ? where id = ?", instance.getId(), id);
    return find(id);
  }

  public Map<String, Object> find(long id) {
    Map<String, Object> row = jdbc.queryForMap("select id, owner_unit, platform, counterfeit_name,"
        + " counterfeit_link, impersonated_account_id, found_on, description, found_by, process_instance_id,"
        + " reported_to, reported_on, report_reference, reported_by from gm_counterfeit_report where id = ?", id);
    Map<String, Object> report = new java.util.LinkedHashMap<>();
    for (String column : List.of("id", "owner_unit", "platform", "counterfeit_name", "counterfeit_link",
        "impersonated_account_id", "found_on", "description", "found_by", "process_instance_id",
        "reported_to", "reported_on", "report_reference", "reported_by")) {
      Object value = row.get(column);
      report.put(camel(column), value instanceof java.sql.Date date ? date.toLocalDate().toString() : value);
    }
    return report;
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  public List<Map<String, Object>> ofUnit(String ownerUnit) {
    return jdbc.queryForList("select id from gm_counterfeit_report where owner_unit = ? order by id",
        Long.class, ownerUnit).stream().map(this::find).toList();
  }

  void reported(long id, String reportedTo, LocalDate reportedOn, String reference, String reportedBy) {
    jdbc.update("update gm_counterfeit_report set reported_to = ?, reported_on = ?, report_reference = ?,"
        + " reported_by = ? where id = ?", reportedTo, java.sql.Date.valueOf(reportedOn), reference,
        reportedBy, id);
  }
}
