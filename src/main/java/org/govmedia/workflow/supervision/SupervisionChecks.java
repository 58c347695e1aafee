package org.govmedia.workflow.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.govmedia.workflow.account.ThirdPartyOperator;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.supervision.CheckWindows.Plan;
import org.govmedia.workflow.supervision.CheckWindows.Rule;
import org.govmedia.workflow.supervision.CheckWindows.Window;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 自动检查 The automated checks of an account from the posts ledger (update frequency: henan 4(2), gaoxian 2(5), yakeshi art. 9; the national single veto 国办秘函〔2019〕19号), set-wise: the rule of each
 * (rule set, account class) comes once from {@code update-frequency} and its windows are computed
 * once; the posts of up to {@value #CHUNK} accounts are read in one aggregate (posts and originals
 * per account and day over the look-back), so the cost grows with the number of accounts, not of
 * posts. The national single veto (国办秘函〔2019〕19号: no post in the 2 weeks before the check) takes
 * its window from the decision's catch-all row (no rule set, no class). No number of the rules is in
 * this class. An account run by a third party without a security and confidentiality agreement
 * valid on the day of the check is a finding too (gaoxian 1: THIRD_PARTY_AGREEMENT), read for a
 * chunk of accounts in one query of the register.
 *
 * <p>Windows: a check covers every day of the days it reports on (a round: its period, up to the
 * day before the check when the period is not over). The update windows end on the last day and go
 * back window by window (a window of N working days holds N working days of the holiday calendar)
 * until every day is in one (the first may reach into the days before). The national veto is
 * judged for every day: a window of 2 weeks ending on any day of the period without a post is a
 * finding (reported for the silent days of the period). The originals windows of {@code
 * originalsWindowDays} calendar days tile the period the same way.
 */
@Service
public class SupervisionChecks {

  static final int CHUNK = 1000;
  /** Findings listed in the text per kind; the JSON holds them all. */
  private static final int LISTED = 3;

  public static final String SILENT = "SILENT_TWO_WEEKS";
  public static final String FREQUENCY = "UPDATE_FREQUENCY";
  public static final String ORIGINALS = "ORIGINALS";
  public static final String UNFILED = "UNFILED";
  public static final String THIRD_PARTY_AGREEMENT = "THIRD_PARTY_AGREEMENT";
  /** A window unit of update-frequency: whole calendar months (yakeshi art. 9: posts per month). */
  public static final String CALENDAR_MONTHS = "CALENDAR_MONTHS";
  /** gaoxian 1: a third-party operator without a qualification valid on the day of the check. */
  public static final String THIRD_PARTY_QUALIFICATION = "THIRD_PARTY_QUALIFICATION";
  /** gaoxian 1: a third-party operator whose contract does not cover the day of the check. */
  public static final String THIRD_PARTY_CONTRACT = "THIRD_PARTY_CONTRACT";

  private final ProcessEngine engine;
  private final CheckWindows windows;
  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  public SupervisionChecks(ProcessEngine engine, CheckWindows windows,
      NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.engine = engine;
    this.windows = windows;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** An account to check: its register id, rule set, class and unfiled mark. */
  public record Subject(long accountId, String ruleSet, String accountClass, boolean unfiled) {}

  /** One finding; {@code from}/{@code to} the window (inclusive), {@code count} what was found. */
  public record Finding(String code, String text, LocalDate from, LocalDate to, int count, int minimum) {}

  /** The checks of one account on a day. */
  public record Result(long accountId, LocalDate checkedOn, String ruleSet, String accountClass,
      List<Finding> findings) {

    public boolean problem() {
      return !findings.isEmpty();
    }

    public boolean unfiled() {
      return findings.stream().anyMatch(f -> UNFILED.equals(f.code()));
    }

    /** Readable text, one line per finding kind (at most a few windows each). */
    public String text() {
      if (findings.isEmpty()) {
        return "自动检查未发现问题 No automated finding (" + checkedOn + ")";
      }
      StringBuilder text = new StringBuilder();
      Map<String, Integer> perCode = new HashMap<>();
      for (Finding f : findings) {
        int n = perCode.merge(f.code(), 1, Integer::sum);
        if (n <= LISTED) {
          text.append(text.length() == 0 ? "" : "\n").append(f.text());
        }
      }
      perCode.forEach((code, n) -> {
        if (n > LISTED) {
          text.append("\n…").append(code).append(": 共 ").append(n).append(" 项 ").append(n)
              .append(" in all");
        }
      });
      return text.toString();
    }
  }

  // ------------------------------------------------------------------------------ checking

  public Result check(Subject subject, LocalDate checkDay) {
    return check(List.of(subject), checkDay).get(subject.accountId());
  }

  /**
   * The checks of all the accounts on the day, over the national veto's window before it (the day
   * itself is not looked at): an ad-hoc check without a period.
   */
  public Map<Long, Result> check(Collection<Subject> subjects, LocalDate checkDay) {
    Rule national = AsApplication.run(engine, () -> windows.rule(null, null));
    Window veto = windows.back(checkDay.minusDays(1), national.windowAmount(), national.windowUnit());
    return check(subjects, veto.from(), veto.to(), veto.to(), checkDay);
  }

  /** The checks of one account over the period (see {@link #check(Collection, String, LocalDate)}). */
  public Result check(Subject subject, String period, LocalDate checkDay) {
    return check(List.of(subject), period, checkDay).get(subject.accountId());
  }

  /**
   * The checks of all the accounts over every day of the period ({@code 2025-10}, {@code 2025-Q4}),
   * on the check day: a period not over yet is checked up to the day before the check.
   */
  public Map<Long, Result> check(Collection<Subject> subjects, String period, LocalDate checkDay) {
    LocalDate[] days = SupervisionVariables.periodDays(period);
    LocalDate to = days[1].isBefore(checkDay) ? days[1] : checkDay.minusDays(1);
    return check(subjects, days[0], to, days[0], checkDay);
  }

  /**
   * The checks of all the accounts over every day from {@code from} to {@code to} (inclusive); the
   * national veto's 2 weeks are judged ending on every day from {@code vetoFrom} to {@code to}.
   */
  Map<Long, Result> check(Collection<Subject> subjects, LocalDate from, LocalDate to,
      LocalDate vetoFrom, LocalDate checkDay) {
    Rule national = AsApplication.run(engine, () -> windows.rule(null, null));
    Map<List<String>, List<Subject>> groups = new LinkedHashMap<>();
    for (Subject s : subjects) {
      groups.computeIfAbsent(java.util.Arrays.asList(s.ruleSet(), s.accountClass()), k -> new ArrayList<>()).add(s);
    }
    Map<Long, Result> results = new HashMap<>();
    for (Map.Entry<List<String>, List<Subject>> group : groups.entrySet()) {
      String ruleSet = group.getKey().get(0);
      String accountClass = group.getKey().get(1);
      Rule rule = AsApplication.run(engine, () -> windows.rule(ruleSet, accountClass));
      Plan plan = windows.plan(ruleSet, accountClass, rule, national, from, to, vetoFrom);
      List<Subject> members = group.getValue();
      for (int i = 0; i < members.size(); i += CHUNK) {
        List<Subject> chunk = members.subList(i, Math.min(members.size(), i + CHUNK));
        Map<Long, int[][]> days = PostCounts.perDay(jdbc, chunk, plan);
        Map<Long, ThirdPartyOperator> operators = OperatorCredentials.operators(jdbc,
            chunk.stream().map(Subject::accountId).toList());
        Map<Long, OperatorCredentials.Qualification> qualifications = OperatorCredentials.qualifications(
            jdbc, chunk.stream().map(Subject::accountId).toList());
        for (Subject s : chunk) {
          Result result = evaluate(s, plan, days.get(s.accountId()), checkDay);
          if (operators.containsKey(s.accountId())) {
            OperatorCredentials.agreement(operators.get(s.accountId()), checkDay).ifPresent(result.findings()::add);
            OperatorCredentials.findings(operators.get(s.accountId()), qualifications.get(s.accountId()),
                checkDay).forEach(result.findings()::add);
          }
          results.put(s.accountId(), result);
        }
      }
    }
    return results;
  }

  /** The result as a JSON string (every finding, every window). */
  public String toJson(Result result) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("accountId", result.accountId());
    tree.put("checkedOn", result.checkedOn().toString());
    tree.put("ruleSet", result.ruleSet());
    tree.put("accountClass", result.accountClass());
    tree.put("problem", result.problem());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", f.code());
      item.put("text", f.text());
      item.put("from", f.from() == null ? null : f.from().toString());
      item.put("to", f.to() == null ? null : f.to().toString());
      item.put("count", f.count());
      item.put("minimum", f.minimum());
      findings.add(item);
    }
    tree.put("findings", findings);
    try {
      return json.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Result evaluate(Subject s, Plan plan, int[][] counts, LocalDate checkDay) {
    List<Finding> findings = new ArrayList<>();
    if (s.unfiled()) {
      findings.add(new Finding(UNFILED, "未备案账号（gaoxian 7(3)：一律予以关停注销） Unfiled account "
          + "(gaoxian 7(3): shut down and cancelled)", null, null, 0, 0));
    }
    // The national veto, for every day of the span: the silent days of the span in windows of 2
    // weeks without a post, one finding per stretch.
    LocalDate silentFrom = null;
    LocalDate silentTo = null;
    for (Window veto : plan.vetoes()) {
      if (sum(counts[0], plan, veto) > 0) {
        continue;
      }
      LocalDate start = veto.from().isBefore(plan.span().from()) ? plan.span().from() : veto.from();
      if (silentTo != null && !start.isAfter(silentTo.plusDays(1))) {
        silentTo = veto.to();
      } else {
        if (silentTo != null) {
          findings.add(silent(silentFrom, silentTo));
        }
        silentFrom = start;
        silentTo = veto.to();
      }
    }
    if (silentTo != null) {
      findings.add(silent(silentFrom, silentTo));
    }
    Rule rule = plan.rule();
    for (Window w : plan.windows()) {
      int posts = sum(counts[0], plan, w);
      if (posts < rule.minUpdates()) {
        findings.add(new Finding(FREQUENCY, String.format("更新不足 %s 至 %s：%d 次，应不少于 %d 次 "
            + "Too few updates %s to %s: %d, at least %d (update-frequency %s/%s: %d per %d %s)",
            w.from(), w.to(), posts, rule.minUpdates(), w.from(), w.to(), posts, rule.minUpdates(),
            plan.ruleSet(), plan.accountClass(), rule.minUpdates(), rule.windowAmount(),
            rule.windowUnit()), w.from(), w.to(), posts, rule.minUpdates()));
      }
    }
    for (Window w : plan.originals()) {
      int originals = sum(counts[1], plan, w);
      if (originals < rule.minOriginals()) {
        findings.add(new Finding(ORIGINALS, String.format("原创不足 %s 至 %s：%d 条，应不少于 %d 条 "
            + "Too few originals %s to %s: %d, at least %d (update-frequency %s/%s)",
            w.from(), w.to(), originals, rule.minOriginals(), w.from(), w.to(), originals,
            rule.minOriginals(), plan.ruleSet(), plan.accountClass()), w.from(), w.to(), originals,
            rule.minOriginals()));
      }
    }
    return new Result(s.accountId(), checkDay, plan.ruleSet(), plan.accountClass(), findings);
  }

  private static Finding silent(LocalDate from, LocalDate to) {
    return new Finding(SILENT, String.format("%s 至 %s 无任何更新，连续两周以上（国办秘函〔2019〕19号 单项否决） "
        + "No post from %s to %s, two weeks or more (national single veto)", from, to, from, to), from, to,
        0, 1);
  }

  private static int sum(int[] perDay, Plan plan, Window w) {
    int from = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), w.from());
    int to = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), w.to());
    int total = 0;
    for (int i = Math.max(0, from); i <= to && i < perDay.length; i++) {
      total += perDay[i];
    }
    return total;
  }
}
