package org.govmedia.workflow.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of {@link ProvinceScaleBenchmark}, written set-wise in SQL (generate_series) on
 * PostgreSQL: the register, its ladder history, the rounds' supervisions, finished message-reply
 * instances with their history as the engine writes it and their messages, and open replies with
 * their tasks and variables. {@code accounts}, {@code replies} and {@code openTasks} are the full
 * volume; {@link #fill} adds a slice of it.
 */
record ProvinceScaleFill(int accounts, int replies, int openTasks, int units) {

  /** Adds the rows from fraction {@code from} to {@code to} of the full volume. */
  void fill(JdbcTemplate jdbc, String definition, double from, double to) {
    int a0 = (int) (accounts * from), a1 = (int) (accounts * to);
    int r0 = (int) (replies * from), r1 = (int) (replies * to);
    int t0 = (int) (openTasks * from), t1 = (int) (openTasks * to);
    String def = "'" + definition + "'";
    // The register: accounts of 500 units, one rule set; 3 % warned, 1 % reported, 0.5 % shut down.
    jdbc.execute("insert into gm_account (name, platform, account_class, owner_unit, rule_set, status, unfiled,"
        + " opened_on, created_at, updated_at) select '基准账号' || i, (array['WECHAT','WEIBO','DOUYIN','APP'])[1 + i % 4],"
        + " 'OTHER', '基准单位' || (i % " + units + "), 'gaoxian-2023',"
        + " case when i % 200 = 0 then 'SHUT_DOWN' when i % 100 = 1 then 'REPORTED' when i % 33 = 2 then 'WARNED'"
        + " else 'ACTIVE' end, false, date '2020-01-01', now(), now() from generate_series(" + a0 + ", " + (a1 - 1) + ") i");
    jdbc.execute("insert into gm_account_status_change (account_id, from_status, to_status, changed_by, changed_at, reason)"
        + " select id, 'ACTIVE', status, 'supervisor1', now() - (id % 300) * interval '1 day', '检查发现突出问题'"
        + " from gm_account where name like '基准账号%' and status <> 'ACTIVE'"
        + " and id not in (select account_id from gm_account_status_change)");
    // Every round checks every new account; 20 % with an update finding of 10 days in the period.
    jdbc.execute("insert into gm_supervision (round_id, account_id, period, check_year, business_key, status, checked_on,"
        + " auto_findings, auto_findings_json, auto_problem, overdue, created_at, updated_at)"
        + " select r.id, a.id, r.period, cast(substr(r.period, 1, 4) as integer), 'bsv-' || r.id || '-' || a.id, 'CHECKED',"
        + " cast(r.started_at as date), case when a.id % 5 = 0 then '更新频次不足' end,"
        + " case when a.id % 5 = 0 then '{\"findings\":[{\"code\":\"UPDATE_FREQUENCY\",\"text\":\"更新频次不足\",\"from\":\"'"
        + " || r.period || '-' || lpad(cast(1 + a.id % 18 as text), 2, '0') || '\",\"to\":\"' || r.period || '-'"
        + " || lpad(cast(10 + a.id % 18 as text), 2, '0') || '\",\"count\":0,\"minimum\":1}]}' end,"
        + " a.id % 5 = 0, false, now(), now()"
        + " from gm_inspection_round r cross join gm_account a where a.name like '基准账号%'"
        + " and cast(substr(a.name, 5) as integer) between " + a0 + " and " + (a1 - 1));
    // Finished replies: history as the engine writes it (ended over the last five years), the message.
    String ended = "(select i, now() - ((cast(i as bigint) * 7919) % 1826) * interval '1 day' - (i % 86400) * interval '1 second' as e"
        + " from generate_series(" + r0 + ", " + (r1 - 1) + ") i) x";
    jdbc.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
        + " START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
        + " select 'bpi-' || i, 'bpi-' || i, 'bm-' || i, 'message-reply', " + def + ", e - interval '3 days', e,"
        + " e + interval '731 days', 259200000, 'message-received', 'reply-published', 'bpi-' || i, 'COMPLETED' from " + ended);
    String[][] vars = {{"messageId", "string", "null", "'bm-' || i"}, {"department", "string", "null", "'基准单位' || (i % " + units + ")"},
        {"onTime", "boolean", "case when i % 10 = 0 then 0 else 1 end", "null"},
        {"workingDaysLate", "integer", "case when i % 10 = 0 then 1 + i % 3 else 0 end", "null"}};
    for (String[] v : vars) {
      jdbc.execute("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
          + " EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_, TEXT_, STATE_, REMOVAL_TIME_)"
          + " select 'bv-" + v[0] + "-' || i, 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i, '" + v[0]
          + "', '" + v[1] + "', e, 1, " + v[2] + ", " + v[3] + ", 'CREATED', e + interval '731 days' from " + ended);
    }
    String[][] tasks = {{"triage", "分派 Triage", "hotline1"}, {"draft-reply", "拟写答复 Draft reply", "dept1"},
        {"approve-reply", "审批答复 Approve reply", "approver1"}};
    for (int k = 0; k < tasks.length; k++) {
      String[] t = tasks[k];
      jdbc.execute("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
          + " PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_,"
          + " DUE_DATE_, DELETE_REASON_, REMOVAL_TIME_, TASK_STATE_)"
          + " select 'bt-" + k + "-' || i, '" + t[0] + "', 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i,"
          + " 'ba-" + k + "-' || i, '" + t[1] + "', '" + t[2] + "', e - interval '" + (3 - k) + " days',"
          + " e - interval '" + (2 - k) + " days', 86400000, 50, e + interval '4 days', 'completed',"
          + " e + interval '731 days', 'Completed' from " + ended);
      jdbc.execute("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
          + " EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,"
          + " ACT_INST_STATE_, SEQUENCE_COUNTER_, REMOVAL_TIME_)"
          + " select 'ba-" + k + "-' || i, 'message-reply', " + def + ", 'bpi-' || i, 'bpi-' || i, 'bpi-' || i, '" + t[0]
          + "', 'bt-" + k + "-' || i, '" + t[1] + "', 'userTask', '" + t[2] + "', e - interval '" + (3 - k) + " days',"
          + " e - interval '" + (2 - k) + " days', 86400000, 1, " + (k + 1) + ", e + interval '731 days' from " + ended);
    }
    jdbc.execute("insert into gm_message (message_id, platform, received_at, rule_set, process_instance_id, created_at,"
        + " replied_at, on_time, working_days_late) select 'bm-' || i, (array['WECHAT','WEIBO','DOUYIN','APP'])[1 + i % 4],"
        + " e - interval '3 days', 'gaoxian-2023', 'bpi-' || i, e - interval '3 days', e, i % 10 <> 0,"
        + " case when i % 10 = 0 then 1 + i % 3 else 0 end from " + ended);
    // Open tasks: running replies at draft-reply; 10 % past their due date and marked overdue.
    String open = "(select i, now() - (i % 20) * interval '1 day' as c from generate_series(" + t0 + ", " + (t1 - 1) + ") i) x";
    jdbc.execute("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,"
        + " ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,"
        + " SEQUENCE_COUNTER_) select 'bopen-' || i, 1, 'bopen-' || i, 'bopen-' || i, 'bo-' || i, " + def + ","
        + " 'draft-reply', true, false, true, false, 1, 2, 1 from " + open);
    jdbc.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
        + " START_ACT_ID_, ROOT_PROC_INST_ID_, STATE_, REMOVAL_TIME_) select 'bopen-' || i, 'bopen-' || i, 'bo-' || i,"
        + " 'message-reply', " + def + ", c, 'message-received', 'bopen-' || i, 'ACTIVE', null from " + open);
    jdbc.execute("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,"
        + " PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)"
        + " select 'bto-' || i, 1, 'bopen-' || i, 'bopen-' || i, " + def + ", '拟写答复 Draft reply', 'draft-reply', 50, c, c,"
        + " case when i % 10 = 0 then now() - interval '2 days' else now() + interval '5 days' end, 1, 'Created' from " + open);
    jdbc.execute("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'bil-' || i, 1,"
        + " 'departments', 'candidate', 'bto-' || i from " + open);
    jdbc.execute("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TEXT_,"
        + " VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) select 'bvd-' || i, 1, 'string', 'department',"
        + " 'bopen-' || i, 'bopen-' || i, " + def + ", '基准单位' || (i % " + units + "), 'bopen-' || i, 1, false from " + open);
    jdbc.execute("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, LONG_,"
        + " TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) select 'bvo-' || i, 1, 'boolean', 'overdue',"
        + " 'bopen-' || i, 'bopen-' || i, " + def + ", case when i % 10 = 0 then 1 else 0 end, null, 'bopen-' || i, 1, false"
        + " from " + open);
  }
}
