package org.govmedia.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.operations.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up what every installation needs: the role groups ({@link Role}) with exactly
 * the authorizations their role needs, the administrator, the shared Tasklist filters, and (only
 * where {@code govmedia.demo-data=true}) one demo user per group, password = user id.
 * Idempotent, and run under a cluster lock so that nodes starting at once take turns: whatever
 * exists is left alone.
 */
@Component
@Order(0)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  /** The demo users' names (an office's staff; the administrator is 系统管理员). */
  private static final Map<String, String> DEMO_NAMES = Map.of("editor1", "张晓明", "reviewer1", "李文静",
      "reviewer2", "王海峰", "approver1", "赵国强", "leader1", "刘志远", "hotline1", "陈丽", "dept1", "孙建华",
      "owner1", "周敏", "supervisor1", "吴卫东");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final GovmediaProperties properties;
  private final ClusterLock clusterLock;

  public IdentitySetup(ProcessEngine engine, GovmediaProperties properties, ClusterLock clusterLock) {
    this.clusterLock = clusterLock;
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.tasks = engine.getTaskService();
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    // Nodes starting together take turns: the second finds what the first created.
    clusterLock.inTransaction("govmedia-identity-setup", this::setUp);
  }

  private void setUp() {
    for (Role role : Role.values()) {
      createGroup(role);
      grantRole(role);
    }
    createAdmin();
    if (properties.demoData()) {
      for (Role role : Role.values()) {
        if (role != Role.ADMINS) {
          createUser(role.demoUser(), role.demoUser(), role);
        }
      }
      LOG.info("Demo users created (password = user id): {}",
          java.util.Arrays.stream(Role.values()).map(Role::demoUser).toList());
    }
    createFilters();
  }

  private void createGroup(Role role) {
    // Cockpit and Admin show the group's name to clerks: its Chinese half.
    String name = role.groupName().split(" ")[0];
    Group existing = identity.createGroupQuery().groupId(role.groupId()).singleResult();
    if (existing != null) {
      if (!name.equals(existing.getName())) {
        existing.setName(name);
        identity.saveGroup(existing);
      }
      return;
    }
    Group group = identity.newGroup(role.groupId());
    group.setName(name);
    group.setType(role == Role.ADMINS ? "SYSTEM" : "WORKFLOW");
    identity.saveGroup(group);
  }

  private void createAdmin() {
    GovmediaProperties.Admin admin = properties.admin();
    if (admin == null || admin.user() == null || admin.user().isBlank()) {
      return;
    }
    if (identity.createUserQuery().userId(admin.user()).count() > 0) {
      return;
    }
    if (admin.password() == null || admin.password().isBlank()) {
      LOG.error("No administrator '{}' exists and no password is set: set GOVMEDIA_ADMIN_PASSWORD "
          + "(property govmedia.admin.password) to create one", admin.user());
      return;
    }
    createUser(admin.user(), admin.password(), Role.ADMINS);
  }

  private void createUser(String userId, String password, Role role) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      // A Chinese full name, surname first, as the webapps and the record show it.
      user.setFirstName(DEMO_NAMES.getOrDefault(userId, role.groupName().split(" ")[0]));
      user.setLastName("");
      user.setEmail(userId + "@govmedia.example");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 0) {
      identity.createMembership(userId, role.groupId());
    }
  }

  private void grantRole(Role role) {
    String group = role.groupId();
    if (role == Role.ADMINS) {
      for (Resources resource : Resources.values()) {
        grant(group, resource, ANY, Permissions.ALL);
      }
      return;
    }
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    if (role.cockpit()) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    // A user reads its own profile and the groups it belongs to (Tasklist shows them).
    grant(group, Resources.GROUP, group, Permissions.READ);
    for (String key : role.visibleProcesses()) {
      if (role.cockpit()) {
        // Supervisors watch every process: instances, history, tasks and incidents, read only.
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(group, Resources.USER, ANY, Permissions.READ);
        // Cockpit's 人工任务 (Human tasks) dashboard: the open tasks by candidate group (the task
        // report needs READ on every task) and the finished ones (READ_HISTORY on every process).
        grant(group, Resources.TASK, ANY, Permissions.READ);
        grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
      } else {
        // Its process's diagram, its items' variables (the title and message columns of the
        // Tasklist filters) and history (the registration and review record); not their tasks.
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      }
    }
    for (String key : role.startableProcesses()) {
      grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null) {
      // Another line of the role granted something on the same resource: add what is missing.
      boolean missing = false;
      for (Permission permission : permissions) {
        if (!existing.isPermissionGranted(permission)) {
          existing.addPermission(permission);
          missing = true;
        }
      }
      if (missing) {
        authorizations.saveAuthorization(existing);
      }
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /**
   * The shared Tasklist filters every role sees: its group's tasks, its own, the overdue ones.
   * Chinese only; a filter of an earlier version (named "待办 My group's tasks" ...) is renamed.
   */
  private void createFilters() {
    createFilter("待办", "待办 My group's tasks", -10, "本人所在组的任务（含已认领）",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    createFilter("我的任务", "我的任务 My tasks", -5, "指派给本人的任务",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    createFilter("逾期", "逾期 Overdue", 0, "已过办理期限、仍未完成的任务",
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private void createFilter(String name, String earlierName, int priority, String description,
      TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.createFilterQuery().filterName(earlierName).singleResult();
    }
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setOwner(null);
      filter.setQuery(query);
    }
    // The list shows each item's title (content items), message or account, and business key.
    Map<String, Object> properties = Map.of("priority", priority, "description", description,
        "refresh", true, "variables", java.util.List.of(
            Map.of("name", "title", "label", "标题"),
            Map.of("name", "itemId", "label", "编号"),
            Map.of("name", "messageId", "label", "留言编号"),
            Map.of("name", "accountName", "label", "账号")));
    if (filter.getId() == null || !name.equals(filter.getName())
        || !properties.equals(filter.getProperties())) {
      filter.setName(name);
      filter.setProperties(properties);
      filters.saveFilter(filter);
    }
    for (Role role : Role.values()) {
      grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
