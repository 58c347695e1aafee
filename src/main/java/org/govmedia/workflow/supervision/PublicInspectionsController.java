package org.govmedia.workflow.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.process.LadderAction;
import org.govmedia.workflow.process.RuleSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 检查结果公开 The published results of inspection rounds (gaoxian 7(3): 主管单位每月开展全覆盖检查,
 * 并及时向社会公开检查结果; henan 6(2): 同时在政府网站上公开), without login: for each round a
 * supervisor published (POST /api/reports/rounds/{id}/publish), its period, the accounts checked,
 * the problems found and the measures taken, per account name. Chinese only, Beijing time, Chinese
 * names for codes. Nothing internal: no responsible people or phone numbers, no user ids, no
 * process ids, no round that was not published; a phone number an inspector wrote into the
 * findings is blotted out.
 */
@Controller
public class PublicInspectionsController {

  public static final String PATH = "/public/inspections";
  /** The page shows the latest published rounds; older ones stay in the supervisors' reports. */
  static final int ROUNDS_SHOWN = 24;

  private static final Map<String, String> FINDINGS = Map.of(
      SupervisionChecks.SILENT, "连续两周以上未更新",
      SupervisionChecks.FREQUENCY, "更新频次低于要求",
      SupervisionChecks.ORIGINALS, "原创信息少于要求",
      SupervisionChecks.UNFILED, "未向主管单位备案",
      SupervisionChecks.CALENDAR_MONTHS, "月度更新量低于要求",
      SupervisionChecks.THIRD_PARTY_AGREEMENT, "第三方运维保密协议缺失或不在有效期内",
      SupervisionChecks.THIRD_PARTY_QUALIFICATION, "第三方运维资质缺失或不在有效期内",
      SupervisionChecks.THIRD_PARTY_CONTRACT, "第三方运维合同缺失或不在有效期内");
  /** Mainland phone numbers as people write them: landlines with area code, mobiles. */
  private static final Pattern PHONE = Pattern.compile(
      "(?<!\\d)(0\\d{2,3}[-－ ]?\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})(?!\\d)");

  private final SupervisionRecords records;
  private final PublishedRounds publishedRounds;
  private final ClerkDisplay display;
  private final ChooseMeasureListener measures;
  private final ObjectMapper json;

  public PublicInspectionsController(SupervisionRecords records, PublishedRounds publishedRounds,
      ClerkDisplay display, ChooseMeasureListener measures, ObjectMapper json) {
    this.records = records;
    this.publishedRounds = publishedRounds;
    this.display = display;
    this.measures = measures;
    this.json = json;
  }

  /** One account of a published round as the public reads it. */
  public record Line(String accountName, String platform, String ownerUnit, boolean problem,
      List<String> problems, String measure) {}

  /** One published round. */
  public record PublishedRound(String title, String scope, String kind, String publishedAt,
      int accountCount, long problemCount, List<Line> lines) {}

  @GetMapping(PATH)
  public String inspections(Model model) {
    List<PublishedRound> rounds = publishedRounds.published(ROUNDS_SHOWN).stream().map(this::round).toList();
    model.addAttribute("rounds", rounds);
    return "public-inspections";
  }

  private PublishedRound round(PublishedRounds.Published published) {
    SupervisionRecords.Round r = published.round();
    Map<String, String> measureNames = measures.measures(r.ruleSet());
    List<Line> lines = records.ofRound(r.id()).stream().map(s -> line(s, measureNames)).toList();
    String scope = RuleSet.ofId(r.ruleSet()).map(RuleSet::scope).orElse("本地") + (r.ownerUnit() == null ? "" : "·" + r.ownerUnit());
    String kind = "SAMPLE".equals(r.roundKind()) ? "抽查（抽查比例不低于 " + r.samplePercent() + "%）" : "全覆盖检查";
    return new PublishedRound(period(r.period()) + "政务新媒体检查结果", scope, kind,
        display.dateTime(published.publishedAt()), lines.size(), lines.stream().filter(Line::problem).count(),
        lines);
  }

  private Line line(SupervisionRecords.Supervision s, Map<String, String> measureNames) {
    List<String> problems = new ArrayList<>(automated(s.automatedFindingsJson()));
    boolean prominent = Boolean.TRUE.equals(s.prominentProblem());
    if (prominent && s.findings() != null && !s.findings().isBlank()) {
      problems.add(PHONE.matcher(s.findings().strip()).replaceAll("（号码已隐去）"));
    }
    String action = s.escalationAction();
    String measure = action == null ? LadderAction.PENDING_NAME
        : measureNames.getOrDefault(action, LadderAction.nameOf(action));
    return new Line(s.accountName(), platform(s.platform()), s.ownerUnit(), prominent || !problems.isEmpty(),
        problems, measure);
  }

  /** The automated checks' findings by their Chinese names, with the days they cover. */
  private List<String> automated(String findingsJson) {
    List<String> out = new ArrayList<>();
    if (findingsJson == null || findingsJson.isBlank()) {
      return out;
    }
    try {
      for (JsonNode f : json.readTree(findingsJson).path("findings")) {
        String name = FINDINGS.getOrDefault(f.path("code").asText(), "其他问题");
        String from = f.path("from").asText("");
        String to = f.path("to").asText("");
        out.add(from.isEmpty() || to.isEmpty() || "null".equals(from) ? name
            : name + "（" + from + " 至 " + to + "）");
      }
    } catch (java.io.IOException e) {
      out.add("其他问题");
    }
    return out;
  }

  private static String platform(String code) {
    try {
      return ClerkDisplay.platform(AccountPlatform.valueOf(code));
    } catch (IllegalArgumentException | NullPointerException e) {
      return "其他";
    }
  }

  /** 2025-10 → 2025年10月; 2025-Q4 → 2025年第四季度; anything else as it is. */
  static String period(String period) {
    if (period == null) {
      return "";
    }
    var month = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})").matcher(period);
    if (month.matches()) {
      return month.group(1) + "年" + Integer.parseInt(month.group(2)) + "月";
    }
    var quarter = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(period);
    if (quarter.matches()) {
      return quarter.group(1) + "年第" + "一二三四".charAt(Integer.parseInt(quarter.group(2)) - 1) + "季度";
    }
    return period;
  }
}
