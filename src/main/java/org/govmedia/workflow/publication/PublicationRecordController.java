package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.screening.ScreeningCategory;
import org.govmedia.workflow.screening.ScreeningHit;
import org.govmedia.workflow.web.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registration and review record of an item (信息公开登记审核表, baicheng annex 1): who signed each
 * level, when, with what comment, the screening hits and the publication time; as JSON and as a
 * printable Chinese HTML page (template {@code templates/publication/record.html}). Read from the engine's history, under the caller's authorizations.
 */
@RestController
@RequestMapping("/api/publications")
public class PublicationRecordController {

  private final HistoryService history;
  private final OutboxRepository outbox;
  private final ReviewLog reviewLog;
  private final ScreeningJournal screenings;
  private final AccountChoices accounts;
  private final org.govmedia.workflow.display.ClerkDisplay display;
  private final ZoneId zone;

  public PublicationRecordController(ProcessEngine engine, OutboxRepository outbox, ReviewLog reviewLog,
      ScreeningJournal screenings, AccountChoices accounts, GovmediaProperties properties,
      org.govmedia.workflow.display.ClerkDisplay display) {
    this.history = engine.getHistoryService();
    this.display = display;
    this.accounts = accounts;
    this.outbox = outbox;
    this.reviewLog = reviewLog;
    this.screenings = screenings;
    this.zone = ZoneId.of(properties.zone());
  }

  public record Record(String id, String processInstanceId, String state, String title,
      String contentCategory, String source, String accountIds, String author, Date startedAt,
      Date publishedAt, List<ReviewEntry> reviews, List<ScreeningHit> screeningHits,
      String screeningListVersion, List<Map<String, Object>> outbox, List<ReviewEntry> corrections) {}

  @GetMapping(path = "/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
  public Record record(@PathVariable String id) {
    // One item, one instance: its id is made by the application when it starts. Were there several
    // (items of before that rule), the newest is the item, and only its own outbox rows are shown.
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(id)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的稿件"));
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).unlimitedList()) {
      variables.put(variable.getName(), variable.getValue());
    }
    ScreeningResult screening = screenings.latest(instance.getId());
    java.time.Instant from = instance.getStartTime().toInstant();
    java.time.Instant to = instance.getEndTime() == null ? null : instance.getEndTime().toInstant();
    List<Map<String, Object>> sent = outbox.findByBusinessKeyOrderById(id).stream()
        .filter(row -> PROCESS_KEY.equals(row.getSourceProcess()) && !row.getCreatedAt().isBefore(from)
            && (to == null || !row.getCreatedAt().isAfter(to)))
        .map(PublicationRecordController::describe).toList();
    List<ReviewEntry> reviews = reviewLog.read(instance.getId());
    return new Record(id, instance.getId(), instance.getState(), (String) variables.get(TITLE),
        (String) variables.get(CATEGORY), (String) variables.get(SOURCE),
        (String) variables.get(ACCOUNT_IDS), instance.getStartUserId(), instance.getStartTime(),
        publishedAt(sent), reviews, screening.hits(), screening.listVersion(), sent,
        reviews.stream().filter(ReviewEntry::correction).toList());
  }

  @GetMapping(path = "/{id}/record", produces = MediaType.TEXT_HTML_VALUE)
  public org.springframework.http.ResponseEntity<String> recordPage(@PathVariable String id) {
    Record r;
    try {
      r = record(id);
    } catch (ResponseStatusException e) {
      if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
        throw e;
      }
      return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
          .body(Pages.render("publication/record-missing", Map.of("id", id)));
    }
    return org.springframework.http.ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(page(r));
  }

  /** A line of the page's first table: 标题 关于秋季防火的通知. */
  public record Field(String label, String value) {}

  /** A journal line as the page shows it: level, person and time in Chinese and Beijing time. */
  public record Line(int round, String level, String person, String decision, String comment, String at) {}

  /** The printable page: template {@code templates/publication/record.html}. */
  private String page(Record r) {
    List<Field> fields = List.of(
        new Field("稿件编号", r.id()),
        new Field("标题", r.title()),
        new Field("内容类别", categoryName(r.contentCategory())),
        new Field("转载来源", r.source()),
        new Field("发布账号", r.accountIds() == null ? "" : accounts.names(AccountChoices.ids(r.accountIds()))),
        new Field("撰稿人", display.person(r.author())),
        new Field("登记时间", format(r.startedAt())),
        new Field("发布时间", format(r.publishedAt())),
        new Field("状态", stateName(r)));
    Map<String, Object> model = new HashMap<>();
    model.put("fields", fields);
    model.put("reviews", r.reviews().stream().map(this::line).toList());
    model.put("corrections", r.corrections().stream().map(this::line).toList());
    model.put("hits", r.screeningHits());
    model.put("listVersion", listVersion(r.screeningListVersion()));
    return Pages.render("publication/record", model);
  }

  private Line line(ReviewEntry e) {
    return new Line(e.round(), e.levelName(false), display.person(e.user()), e.decision(false), e.comment(),
        format(e.at()));
  }

  /** When the item last went out: the newest publication in the outbox. */
  private static Date publishedAt(List<Map<String, Object>> sent) {
    return sent.stream().filter(r -> r.get("action") == OutboxRecord.Action.PUBLISH && !Boolean.TRUE.equals(r.get("correction")))
        .map(r -> Date.from((java.time.Instant) r.get("createdAt"))).reduce((a, b) -> b).orElse(null);
  }

  private static Map<String, Object> describe(OutboxRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("action", record.getAction());
    map.put("accountId", record.getAccountId());
    map.put("createdAt", record.getCreatedAt());
    map.put("status", record.getStatus());
    // The public correction or apology of a withdrawal (yanchi annex 2 art. 18(4)), not the item itself.
    map.put("correction", record.getIdempotencyKey() != null && record.getIdempotencyKey().endsWith(":CORRECTION"));
    return map;
  }

  /** 审核中, 已发布, or 已撤回 when the newest outbox action of the item (its correction notices aside) is a withdrawal. */
  private static String stateName(Record r) {
    List<Map<String, Object>> item = r.outbox().stream().filter(o -> !Boolean.TRUE.equals(o.get("correction"))).toList();
    Object last = item.isEmpty() ? null : item.get(item.size() - 1).get("action");
    if (last == OutboxRecord.Action.RETRACT) {
      return "ACTIVE".equals(r.state()) ? "已撤回，更正稿审核中" : "已撤回";
    }
    if ("ACTIVE".equals(r.state())) {
      return last == OutboxRecord.Action.PUBLISH ? "已发布，发布后审核中" : "审核中";
    }
    return stateName(r.state());
  }

  private static String categoryName(String code) {
    return switch (code == null ? "" : code) {
      case "ROUTINE" -> "日常信息";
      case "POLICY" -> "政策解读";
      case "REPRINT" -> "转载";
      case "EMERGENCY" -> "突发事件";
      case "STATISTICS" -> "统计数据";
      case "MAJOR" -> "重大信息";
      default -> code;
    };
  }

  /** The screening lists' versions as a clerk reads them: 敏感词 2026.1；错误表述 2026.1；…；另增 0 词. */
  static String listVersion(String version) {
    if (version == null) {
      return "";
    }
    for (ScreeningCategory category : ScreeningCategory.values()) {
      version = version.replace(category.name() + " ", category.chinese() + " ");
    }
    return version.replaceAll("\\+(\\d+) added", "管理员另增 $1 条").replaceAll("-(\\d+) off", "停用 $1 条")
        .replace("; ", "；");
  }

  private static String stateName(String state) {
    return switch (state == null ? "" : state) {
      case "ACTIVE" -> "审核中";
      case "COMPLETED" -> "已发布";
      case "SUSPENDED" -> "已挂起";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "已终止";
      default -> state;
    };
  }

  private String format(java.time.OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(zone).toLocalDateTime()
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  private String format(Date date) {
    return date == null ? "" : date.toInstant().atZone(zone).toLocalDateTime()
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }
}
