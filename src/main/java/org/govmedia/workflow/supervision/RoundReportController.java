package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.web.ReportFormat.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govmedia.workflow.process.LadderAction;
import org.govmedia.workflow.web.ApiError;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 检查通报 The report of an inspection round: every account of the round with its automated
 * findings, the inspector's findings and the action, as JSON (default), a printable Chinese HTML
 * page ({@code Accept: text/html}) or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 * Supervisors and administrators only (SecurityConfig).
 */
@RestController
@RequestMapping("/api/reports/rounds")
public class RoundReportController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private final SupervisionRecords records;
  private final PublishedRounds publishedRounds;

  public RoundReportController(SupervisionRecords records, PublishedRounds publishedRounds) {
    this.records = records;
    this.publishedRounds = publishedRounds;
  }

  public record Line(long supervisionId, long accountId, String accountName, String ownerUnit,
      String platform, String accountStatus, String automatedFindings, Boolean prominentProblem,
      String findings, Integer problemCount, String escalationAction, Instant decidedAt,
      Instant rectificationDue, boolean overdue, Boolean rectified, String processInstanceId) {

    static Line of(SupervisionRecords.Supervision s) {
      return new Line(s.id(), s.accountId(), s.accountName(), s.ownerUnit(), s.platform(),
          s.accountStatus(), s.automatedFindings(), s.prominentProblem(), s.findings(),
          s.problemCount(), s.escalationAction(), s.decidedAt(), s.rectificationDue(), s.overdue(),
          s.rectified(), s.processInstanceId());
    }
  }

  public record Report(SupervisionRecords.Round round, Map<String, Integer> actions, List<Line> accounts) {}

  @GetMapping("/{id}")
  public ResponseEntity<?> report(@PathVariable("id") long id,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    SupervisionRecords.Round round = records.round(id).orElse(null);
    if (round == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError(404, "Not Found", "id", "没有编号为 " + id + " 的检查轮次 (no inspection round " + id + ")"));
    }
    List<Line> lines = records.ofRound(id).stream().map(Line::of).toList();
    Map<String, Integer> actions = new TreeMap<>();
    lines.forEach(l -> actions.merge(l.escalationAction() == null ? "PENDING" : l.escalationAction(), 1,
        Integer::sum));
    Report report = new Report(round, actions, lines);
    ResponseEntity<byte[]> file = RoundReportFiles.of(report, format, accept, org.govmedia.workflow.web.InputRules.today());
    if (file != null) {
      return file;
    }
    Kind kind = wanted(format, accept);
    return respond(kind, report, kind == Kind.HTML ? html(report) : null,
        kind == Kind.CSV ? csv(report) : null, "inspection-round-" + id);
  }

  public record Publication(long roundId, Instant publishedAt, String publicPath) {}

  /**
   * 公开检查结果 A supervisor publishes a reported round (gaoxian 7(3): 及时向社会公开检查结果; henan
   * 6(2): 在政府网站上公开): from then on GET /public/inspections lists it. 404 for an unknown
   * round, 400 for a round not reported yet, 409 for one published before; nothing changes then.
   */
  @PostMapping("/{id}/publish")
  public ResponseEntity<?> publish(@PathVariable("id") long id, Authentication caller) {
    SupervisionRecords.Round round = records.round(id).orElse(null);
    if (round == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError(404, "Not Found", "id", "没有编号为 " + id + " 的检查轮次 (no inspection round " + id + ")"));
    }
    if (!"REPORTED".equals(round.status())) {
      throw new BadRequestException("id", "检查轮次 " + id + " 尚未形成通报，不能公开 (the round is not reported yet)");
    }
    if (!publishedRounds.publish(id, caller.getName())) {
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError(409, "Conflict", "id", "检查轮次 " + id + " 已经公开 (the round is published already)"));
    }
    return ResponseEntity.ok(new Publication(id, publishedRounds.publishedAt(id).orElse(null),
        PublicInspectionsController.PATH));
  }

  static String csv(Report report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("账号编号 Account id,账号名称 Account,主办单位 Owner unit,平台 Platform,状态 Status,"
        + "自动检查 Automated findings,突出问题 Prominent problem,检查意见 Findings,问题次数 Problem count,"
        + "处置 Action,整改期限 Rectification due,逾期 Overdue\r\n");
    for (Line l : report.accounts()) {
      out.append(l.accountId()).append(',').append(cell(l.accountName())).append(',')
          .append(cell(l.ownerUnit())).append(',').append(cell(l.platform())).append(',')
          .append(cell(l.accountStatus())).append(',').append(cell(l.automatedFindings())).append(',')
          .append(l.prominentProblem() == null ? "" : l.prominentProblem()).append(',')
          .append(cell(l.findings())).append(',')
          .append(l.problemCount() == null ? "" : l.problemCount()).append(',')
          .append(cell(l.escalationAction())).append(',')
          .append(l.rectificationDue() == null ? "" : TIME.format(l.rectificationDue())).append(',')
          .append(l.overdue()).append("\r\n");
    }
    return out.toString();
  }

  static String html(Report report) {
    return Pages.render("reports/round", Map.of("report", report, "r", report.round(),
        "page", new PageText()));
  }

  /** What the round page shows in words: Beijing time, the ladder's actions in Chinese. */
  public static final class PageText {

    public String time(Instant instant) {
      return TIME.format(instant);
    }

    public String action(String action) {
      return LadderAction.nameOf(action);
    }

    /** The count of each action, in the map's order, named in Chinese. */
    public List<ActionCount> actions(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .map(e -> new ActionCount(action(e.getKey()), e.getValue())).toList();
    }
  }

  /** An action of the ladder as a page names it, and how many accounts it was decided for. */
  public record ActionCount(String name, int count) {}
}
