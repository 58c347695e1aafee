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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The registration and review record of an item (信息公开登记审核表, baicheng annex 1): who signed each
 * level, when, with what comment, the screening hits and the publication time; as JSON and as a
 * printable Chinese HTML page. Read from the engine's history, under the caller's authorizations.
 */
@RestController
@RequestMapping("/api/publications")
public class PublicationRecordController {

  private final HistoryService history;
  private final OutboxRepository outbox;
  private final ReviewLog reviewLog;
  private final ScreeningJournal screenings;
  private final ZoneId zone;

  public PublicationRecordController(ProcessEngine engine, OutboxRepository outbox, ReviewLog reviewLog,
      ScreeningJournal screenings, GovmediaProperties properties) {
    this.history = engine.getHistoryService();
    this.outbox = outbox;
    this.reviewLog = reviewLog;
    this.screenings = screenings;
    this.zone = ZoneId.of(properties.zone());
  }

  public record Record(String id, String processInstanceId, String state, String title,
      String contentCategory, String source, String accountIds, String author, Date startedAt,
      Date publishedAt, List<ReviewEntry> reviews, List<ScreeningHit> screeningHits,
      String screeningListVersion, List<Map<String, Object>> outbox) {}

  @GetMapping(path = "/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
  public Record record(@PathVariable String id) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(id)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no content item " + id));
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).unlimitedList()) {
      variables.put(variable.getName(), variable.getValue());
    }
    ScreeningResult screening = screenings.latest(instance.getId());
    List<Map<String, Object>> sent = outbox.findByBusinessKeyOrderById(id).stream()
        .map(PublicationRecordController::describe).toList();
    return new Record(id, instance.getId(), instance.getState(), (String) variables.get(TITLE),
        (String) variables.get(CATEGORY), (String) variables.get(SOURCE),
        (String) variables.get(ACCOUNT_IDS), instance.getStartUserId(), instance.getStartTime(),
        publishedAt(sent), reviewLog.read(instance.getId()),
        screening.hits(), screening.listVersion(), sent);
  }

  @GetMapping(path = "/{id}/record", produces = MediaType.TEXT_HTML_VALUE)
  public String recordPage(@PathVariable String id) {
    Record r = record(id);
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
        <title>信息公开登记审核表</title>
        <style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em}
        table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #333;padding:6px;text-align:left;vertical-align:top}
        th{background:#f0f0f0;width:18%}@media print{body{margin:0}}</style></head><body>
        <h1>信息公开登记审核表</h1>
        """);
    html.append("<table>");
    row(html, "稿件编号", r.id());
    row(html, "标题", r.title());
    row(html, "内容类别", r.contentCategory());
    row(html, "转载来源", r.source());
    row(html, "发布账号", r.accountIds());
    row(html, "撰稿人", r.author());
    row(html, "登记时间", format(r.startedAt()));
    row(html, "发布时间", format(r.publishedAt()));
    row(html, "状态", r.state());
    html.append("</table><h2>审核签署</h2><table><tr><th>轮次</th><th>级别</th><th>签署人</th><th>结论</th><th>意见</th><th>时间</th></tr>");
    for (ReviewEntry e : r.reviews()) {
      html.append("<tr><td>").append(e.round()).append("</td><td>").append(esc(e.levelName()))
          .append("</td><td>").append(esc(e.user())).append("</td><td>")
          .append(e.decision(false)).append("</td><td>")
          .append(esc(e.comment())).append("</td><td>").append(esc(String.valueOf(e.at()))).append("</td></tr>");
    }
    html.append("</table><h2>内容筛查</h2><table><tr><th>位置</th><th>词语</th><th>类别</th><th>建议更正</th></tr>");
    for (ScreeningHit hit : r.screeningHits()) {
      html.append("<tr><td>").append(esc(hit.field() + " @" + hit.start())).append("</td><td>")
          .append(esc(hit.word())).append("</td><td>").append(esc(hit.kind().label())).append("</td><td>")
          .append(esc(hit.correction())).append("</td></tr>");
    }
    html.append("</table><p>词表版本 ").append(esc(r.screeningListVersion())).append("</p></body></html>");
    return html.toString();
  }

  /** When the item last went out: the newest publication in the outbox. */
  private static Date publishedAt(List<Map<String, Object>> sent) {
    return sent.stream().filter(r -> r.get("action") == OutboxRecord.Action.PUBLISH)
        .map(r -> Date.from((java.time.Instant) r.get("createdAt"))).reduce((a, b) -> b).orElse(null);
  }

  private static Map<String, Object> describe(OutboxRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("action", record.getAction());
    map.put("accountId", record.getAccountId());
    map.put("createdAt", record.getCreatedAt());
    map.put("status", record.getStatus());
    return map;
  }

  private String format(Date date) {
    return date == null ? "" : date.toInstant().atZone(zone).toLocalDateTime().toString().replace('T', ' ');
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String esc(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value);
  }
}
