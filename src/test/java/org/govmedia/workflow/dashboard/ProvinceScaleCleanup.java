package org.govmedia.workflow.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province benchmark's last part: the nightly history cleanup run for {@code
 * benchmark.cleanupSeconds} (120 s); what it removed per second, and that only history past its
 * time to live went while the application's own tables kept every row (an assertion).
 */
final class ProvinceScaleCleanup {

  private ProvinceScaleCleanup() {}

  static List<String> run(JdbcTemplate jdbc) {
    List<String> report = new ArrayList<>();
    String appTables = "select (select count(*) from gm_message) + (select count(*) from gm_account)"
        + " + (select count(*) from gm_supervision) + (select count(*) from gm_inspection_round)"
        + " + (select count(*) from gm_account_status_change) + (select count(*) from gm_approval)"
        + " + (select count(*) from gm_review_entry)";
    long appBefore = jdbc.queryForObject(appTables, Long.class);
    long due = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class);
    long keep = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ > now() or REMOVAL_TIME_ is null", Long.class);
    long rowsBefore = historyRows(jdbc);
    long seconds = Long.getLong("benchmark.cleanupSeconds", 120);
    report.add(String.format("--- history cleanup: %,d finished instances past their time to live, %,d to keep;"
        + " running the cleanup job for up to %d s", due, keep, seconds));
    ProcessEngine engine = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();
    long start = System.nanoTime();
    int runs = 0;
    while ((System.nanoTime() - start) / 1e9 < seconds) {
      engine.getHistoryService().cleanUpHistoryAsync(true);
      for (var job : engine.getHistoryService().findHistoryCleanupJobs()) {
        engine.getManagementService().executeJob(job.getId());
      }
      runs++;
      if (jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class) == 0) {
        break;
      }
    }
    double took = (System.nanoTime() - start) / 1e9;
    long removedInstances = due - jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= now()", Long.class);
    long removedRows = rowsBefore - historyRows(jdbc);
    long kept = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ > now() or REMOVAL_TIME_ is null", Long.class);
    long appAfter = jdbc.queryForObject(appTables, Long.class);
    report.add(String.format("    %d job runs in %.0f s: %,d instances removed (%.0f per s), %,d history rows in all"
        + " (%.0f per s); still due: %,d", runs, took, removedInstances, removedInstances / took, removedRows,
        removedRows / took, due - removedInstances));
    report.add(String.format("    within their time to live: %,d before, %,d after (%s); application tables: %,d rows"
        + " before, %,d after (%s)", keep, kept, keep == kept ? "all kept" : "SOME REMOVED", appBefore, appAfter,
        appBefore == appAfter ? "all kept" : "ROWS LOST"));
    if (keep != kept || appBefore != appAfter) {
      throw new AssertionError("history cleanup removed what it should have kept: " + report.get(report.size() - 1));
    }
    return report;
  }

  private static long historyRows(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select (select count(*) from ACT_HI_PROCINST) + (select count(*) from ACT_HI_VARINST)"
        + " + (select count(*) from ACT_HI_TASKINST) + (select count(*) from ACT_HI_ACTINST)", Long.class);
  }
}
