package org.govmedia.workflow.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The deadline feeds, parsed back with ical4j's own parser: a user's feed holds exactly their
 * deadlines (their assigned tasks, their groups' unassigned tasks with a due date, and the filing
 * deadlines when their groups file), never another user's; a unit's feed for supervisors; 401
 * without credentials.
 */
class CalendarFeedTest extends AccountTestSupport {

  private Calendar parse(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    MediaType type = response.getHeaders().getContentType();
    assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
    assertThat(type.getCharset()).isNotNull();
    assertThat(type.getCharset().name()).isEqualToIgnoringCase("utf-8");
    return new CalendarBuilder().build(new StringReader(response.getBody()));
  }

  private static Map<String, VEvent> events(Calendar calendar) {
    Map<String, VEvent> byUid = new HashMap<>();
    for (Object component : calendar.getComponents("VEVENT")) {
      VEvent event = (VEvent) component;
      byUid.put(event.getUid().orElseThrow().getValue(), event);
    }
    return byUid;
  }

  private static String property(VEvent event, String name) {
    return event.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
  }

  private Task standaloneTask(String name, String assignee, Date due) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setAssignee(assignee);
    task.setDueDate(due);
    tasks.saveTask(task);
    return task;
  }

  /** A feed task is the user's: assigned to them, or unassigned with them or their group as candidate. */
  private void assertMine(String user, Set<String> groups, Map<String, VEvent> events) {
    for (String uid : events.keySet()) {
      if (!uid.startsWith("task-")) {
        continue;
      }
      String id = uid.substring("task-".length(), uid.indexOf('@'));
      Task task = tasks.createTaskQuery().taskId(id).singleResult();
      assertThat(task).as(uid).isNotNull();
      assertThat(task.getDueDate()).as(uid).isNotNull();
      if (task.getAssignee() != null) {
        assertThat(task.getAssignee()).as(uid).isEqualTo(user);
      } else {
        List<IdentityLink> links = tasks.getIdentityLinksForTask(id);
        assertThat(links).as(uid).anyMatch(l -> user.equals(l.getUserId())
            || (l.getGroupId() != null && groups.contains(l.getGroupId())));
      }
    }
  }

  @Test
  void myFeedHoldsExactlyMyDeadlines() throws Exception {
    clock("2025-09-26T10:00");
    Account account = activeAccount("gaoxian-2023");
    ProcessInstance filing = runtime.startProcessInstanceByKey("account-filing", Map.of(
        "accountId", account.getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-09-26"));
    Task submit = task(filing, "submit-filing");
    Task owners = standaloneTask("核对台账 Check the register", "owner1", endOf("2025-10-09"));
    Task editors = standaloneTask("值班检查 Duty check", "editor1", endOf("2025-10-02"));
    Task undated = standaloneTask("无期限 No due date", "owner1", null);
    try {
      Calendar mine = parse(as("owner1").getForEntity("/api/me/calendar.ics", String.class));
      Map<String, VEvent> events = events(mine);
      assertThat(events).containsKeys("task-" + submit.getId() + "@govmedia-workflow",
          "task-" + owners.getId() + "@govmedia-workflow", "filing-" + filing.getId() + "@govmedia-workflow");
      assertThat(events).doesNotContainKeys("task-" + editors.getId() + "@govmedia-workflow",
          "task-" + undated.getId() + "@govmedia-workflow");
      assertMine("owner1", Set.of("account-admins"), events);

      VEvent task = events.get("task-" + submit.getId() + "@govmedia-workflow");
      assertThat(property(task, "SUMMARY")).startsWith("待办截止 提交备案 Submit filing");
      // 2 working days after Friday 2025-09-26 (gaoxian 7(3)): 09-28 (make-up Sunday), 09-29.
      assertThat(property(task, "DTSTART")).isEqualTo("20250929");
      assertThat(property(task, "DTEND")).isEqualTo("20250930");
      assertThat(property(task, "URL")).endsWith("/camunda/app/tasklist/default/#/?task=" + submit.getId());
      assertThat(property(task, "DESCRIPTION")).contains("截止时间：2025-09-29 23:59（北京时间）")
          .doesNotContain("Due", "Asia/Shanghai");
      VEvent deadline = events.get("filing-" + filing.getId() + "@govmedia-workflow");
      assertThat(property(deadline, "SUMMARY")).startsWith("备案截止 ").contains(account.getName())
          .doesNotContain("OPEN", "Filing");
      assertThat(property(deadline, "DESCRIPTION")).contains("备案期限：2025-09-29 23:59（北京时间）");
      assertThat(property(deadline, "DTSTART")).isEqualTo("20250929");

      // Another user: only their own, no filing deadlines (editors do not file).
      Calendar theirs = parse(as("editor1").getForEntity("/api/me/calendar.ics", String.class));
      Map<String, VEvent> editorEvents = events(theirs);
      assertThat(editorEvents).containsKey("task-" + editors.getId() + "@govmedia-workflow");
      assertThat(editorEvents).doesNotContainKeys("task-" + owners.getId() + "@govmedia-workflow",
          "task-" + submit.getId() + "@govmedia-workflow");
      assertThat(editorEvents.keySet()).noneMatch(uid -> uid.startsWith("filing-"));
      assertMine("editor1", Set.of("editors"), editorEvents);
      assertThat(property(editorEvents.get("task-" + editors.getId() + "@govmedia-workflow"), "DTSTART"))
          .isEqualTo("20251002");

      // Stable UIDs: the same feed again has the same events.
      assertThat(events(parse(as("owner1").getForEntity("/api/me/calendar.ics", String.class))).keySet())
          .containsAll(Set.of("task-" + submit.getId() + "@govmedia-workflow",
              "filing-" + filing.getId() + "@govmedia-workflow"));
    } finally {
      tasks.deleteTasks(List.of(owners.getId(), editors.getId(), undated.getId()), true);
    }
  }

  @Test
  void aTaskTakenByAnotherMemberIsNoLongerTheGroupsDeadline() throws Exception {
    clock("2025-09-26T10:00");
    Account account = activeAccount("gaoxian-2023");
    ProcessInstance filing = runtime.startProcessInstanceByKey("account-filing", Map.of(
        "accountId", account.getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-09-26"));
    Task submit = task(filing, "submit-filing");
    tasks.setAssignee(submit.getId(), "demo");
    Map<String, VEvent> events = events(parse(as("owner1").getForEntity("/api/me/calendar.ics",
        String.class)));
    assertThat(events).doesNotContainKey("task-" + submit.getId() + "@govmedia-workflow");
  }

  @Test
  void aUnitFeedForSupervisorsAndNoFeedWithoutCredentials() throws Exception {
    clock("2025-09-26T10:00");
    Account account = activeAccount("henan-2019");
    Account other = activeAccount("henan-2019");
    ProcessInstance filing = runtime.startProcessInstanceByKey("account-filing", Map.of(
        "accountId", account.getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-09-26"));
    ProcessInstance otherFiling = runtime.startProcessInstanceByKey("account-filing", Map.of(
        "accountId", other.getId().toString(), "filingEvent", "CHANGE", "eventDate", "2025-09-26"));

    Map<String, VEvent> events = events(parse(as("supervisor1").getForEntity(
        "/api/units/{unit}/calendar.ics", String.class, account.getOwnerUnit())));
    assertThat(events.keySet()).containsExactlyInAnyOrder(
        "filing-" + filing.getId() + "@govmedia-workflow",
        "task-" + task(filing, "submit-filing").getId() + "@govmedia-workflow");
    assertThat(events).doesNotContainKey("filing-" + otherFiling.getId() + "@govmedia-workflow");
    // henan 3(2): 3 working days after 2025-09-26: 09-28 (make-up Sunday), 09-29, 09-30.
    assertThat(property(events.get("filing-" + filing.getId() + "@govmedia-workflow"), "DTSTART"))
        .isEqualTo(LocalDate.parse("2025-09-30").toString().replace("-", ""));

    assertThat(as("owner1").getForEntity("/api/units/{unit}/calendar.ics", String.class,
        account.getOwnerUnit()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/me/calendar.ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/units/{unit}/calendar.ics", String.class, account.getOwnerUnit())
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(events.values().stream().map(e -> property(e, "SUMMARY")).collect(Collectors.toList()))
        .allMatch(s -> s.startsWith("待办截止 ") || s.startsWith("备案截止 "));
  }
}
