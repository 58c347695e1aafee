package org.govmedia.workflow.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/screening/tasks/{taskId}}: "check now" for a reviewer in Tasklist (the 内容检查 tab,
 * {@code tasklist/scripts/content-check.js}). Screens the content of the task's item as it stands
 * ({@link TaskContent}: a content item's title and body, a reply's text) and answers the hits
 * {@code POST /api/screening/check} gives, each with where it is in Chinese, and a Chinese summary.
 *
 * <p>Only for who may see the task in Tasklist: its assignee, a candidate user or a member of a
 * candidate group (the task query of the engine, with the caller's identity and authorizations),
 * or an administrator. Anyone else, and an unknown id, get the same 404, which does not tell that
 * the task exists. A GET, so a Tasklist session reaches it without HTTP basic
 * (identity/WebappSessionAuthenticationFilter).
 */
@RestController
public class TaskScreeningController {

  /** One hit as {@code POST /api/screening/check} gives it, with the field and the place in Chinese. */
  public record TaskHit(String field, String fieldName, String where, String word, int start, int end,
      ScreeningKind kind, ScreeningCategory category, String categoryName, String correction,
      String source) {}

  /** The check of one task: whether it holds content to screen, the summary, the hits. */
  public record TaskCheck(String taskId, String taskName, boolean checkable, String summary,
      String checkedAt, List<TaskHit> hits) {}

  static final String NOT_CHECKABLE = "本任务不是稿件审核或答复审批，没有需要检查的内容。";
  static final String CLEAN = "未发现问题。";

  private final ProcessEngine engine;
  private final ContentScreener screener;
  private final List<TaskContent> contents;
  private final ClerkDisplay display;

  public TaskScreeningController(ProcessEngine engine, ContentScreener screener, List<TaskContent> contents,
      ClerkDisplay display) {
    this.engine = engine;
    this.screener = screener;
    this.contents = contents;
    this.display = display;
  }

  @GetMapping("/api/screening/tasks/{taskId}")
  public ResponseEntity<?> check(@PathVariable String taskId) {
    Task task = visibleTask(taskId);
    if (task == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "Not Found", "taskId",
          "没有找到该任务，或您无权查看 (no such task for you)"));
    }
    // A task made in Tasklist (创建任务) belongs to no process: it holds no item.
    String processKey = task.getProcessDefinitionId() == null ? null : AsApplication.run(engine,
        () -> engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey());
    TaskContent content = contents.stream().filter(c -> c.covers(processKey, task.getTaskDefinitionKey()))
        .findFirst().orElse(null);
    String checkedAt = display.dateTime(Instant.now());
    if (content == null) {
      return ResponseEntity.ok(new TaskCheck(task.getId(), task.getName(), false, NOT_CHECKABLE, checkedAt,
          List.of()));
    }
    Map<String, Object> values = AsApplication.run(engine,
        () -> engine.getTaskService().getVariables(task.getId(), content.fields().keySet()));
    List<TaskHit> hits = new ArrayList<>();
    content.fields().forEach((field, label) -> {
      if (values.get(field) instanceof String text) {
        for (ScreeningHit hit : screener.screen(field, text)) {
          hits.add(new TaskHit(field, label, label + "第" + (hit.start() + 1) + "字起", hit.word(),
              hit.start(), hit.end(), hit.kind(), hit.category(), hit.categoryName(), hit.correction(),
              hit.source()));
        }
      }
    });
    return ResponseEntity.ok(new TaskCheck(task.getId(), task.getName(), true, summary(hits), checkedAt, hits));
  }

  /** 发现3处问题：过时机构名称2处，商业广告1处。 or 未发现问题。 */
  static String summary(List<TaskHit> hits) {
    if (hits.isEmpty()) {
      return CLEAN;
    }
    Map<String, Long> byCategory = hits.stream().collect(Collectors.groupingBy(TaskHit::categoryName,
        LinkedHashMap::new, Collectors.counting()));
    return "发现" + hits.size() + "处问题：" + byCategory.entrySet().stream()
        .map(e -> e.getKey() + e.getValue() + "处").collect(Collectors.joining("，")) + "。";
  }

  /**
   * The task, if the caller may see it: the engine's task query under the caller's authorizations,
   * narrowed to its assignee, candidate users and candidate groups unless the caller administers.
   */
  private Task visibleTask(String taskId) {
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return null;
    }
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return null;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Role.ADMIN_GROUP) || caller.getUserId().equals(task.getAssignee())) {
      return task;
    }
    boolean candidate = tasks.createTaskQuery().taskId(taskId).taskCandidateUser(caller.getUserId())
        .includeAssignedTasks().count() > 0
        || !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups)
            .includeAssignedTasks().count() > 0;
    return candidate ? task : null;
  }
}
