package org.govmedia.workflow.identity;

import java.util.List;

/**
 * The role groups (README, "Users and what each sees") and what each role may do: which processes it starts,
 * which it takes part in (sees the definition and diagram of), and which webapps it reaches.
 * Tasks themselves are granted by the engine to a task's candidate group.
 */
public enum Role {
  EDITORS("editors", "信息员 Editors", "editor1",
      List.of("content-publication"), List.of("content-publication", "holiday-duty"), false),
  FIRST_REVIEWERS("first-reviewers", "初审 First reviewers", "reviewer1",
      List.of(), List.of("content-publication"), false),
  SECOND_REVIEWERS("second-reviewers", "复审 Second reviewers", "reviewer2",
      List.of(), List.of("content-publication"), false),
  FINAL_APPROVERS("final-approvers", "终审/分管领导 Final approvers", "approver1",
      List.of(), List.of("content-publication", "message-reply"), false),
  MAIN_LEADERS("main-leaders", "主要领导 Main leaders", "leader1",
      List.of(), List.of("content-publication", "message-reply", "account-opening",
          "account-closing", "staff-handover", "quarterly-report"), false),
  HOTLINE("hotline", "12333热线 Hotline", "hotline1",
      List.of("message-reply"), List.of("message-reply"), false),
  DEPARTMENTS("departments", "业务科室 Departments", "dept1",
      List.of(), List.of("message-reply"), false),
  ACCOUNT_ADMINS("account-admins", "账号管理员 Account admins", "owner1",
      List.of("account-opening", "account-closing", "account-filing", "staff-handover"),
      List.of("account-opening", "account-closing", "account-filing", "staff-handover",
          "account-supervision", "holiday-duty", "counterfeit-report"), false),
  SUPERVISORS("supervisors", "主管单位 Supervisors", "supervisor1",
      List.of("inspection-round", "account-supervision", "holiday-duty", "quarterly-report",
          "counterfeit-report"),
      List.of("*"), true),
  ADMINS("camunda-admin", "管理员 Administrators", "demo",
      List.of(), List.of(), true);

  private final String groupId;
  private final String groupName;
  private final String demoUser;
  private final List<String> startableProcesses;
  private final List<String> visibleProcesses;
  private final boolean cockpit;

  Role(String groupId, String groupName, String demoUser, List<String> startableProcesses,
      List<String> visibleProcesses, boolean cockpit) {
    this.groupId = groupId;
    this.groupName = groupName;
    this.demoUser = demoUser;
    this.startableProcesses = startableProcesses;
    this.visibleProcesses = visibleProcesses;
    this.cockpit = cockpit;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  public String demoUser() {
    return demoUser;
  }

  public List<String> startableProcesses() {
    return startableProcesses;
  }

  public List<String> visibleProcesses() {
    return visibleProcesses;
  }

  public boolean cockpit() {
    return cockpit;
  }

  public static final String ADMIN_GROUP = "camunda-admin";
}
