package org.govmedia.workflow.supervision;

import org.govmedia.workflow.identity.AsApplication;
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
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.account.ThirdPartyOperator;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 自动检查 The automated checks of RULES.md §4 from the posts ledger, set-wise: the rule of each
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
  private final WorkingCalendar calendar;
  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  public SupervisionChecks(ProcessEngine engine, WorkingCalendar calendar,
      NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.engine = engine;
    this.calendar = calendar;
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

  /** The update-frequency rule of a (rule set, class), from the decision. */
  record Rule(int minUpdates, int windowAmount, String windowUnit, int minOriginals,
      int originalsWindowDays) {}

  /** A window of days, both ends included. */
  record Window(LocalDate from, LocalDate to) {}

  /** Everything a group of accounts is checked against, computed once per check. */
  record Plan(String ruleSet, String accountClass, Rule rule, Window span, List<Window> vetoes,
      List<Window> windows, List<Window> originals, LocalDate lookBackFrom, LocalDate lookBackTo) {}

  // ------------------------------------------------------------------------------ checking

  public Result check(Subject subject, LocalDate checkDay) {
    return check(List.of(subject), checkDay).get(subject.accountId());
  }

  /**
   * The checks of all the accounts on the day, over the national veto's window before it (the day
   * itself is not looked at): an ad-hoc check without a period.
   */
  public Map<Long, Result> check(Collection<Subject> subjects, LocalDate checkDay) {
    Rule national = AsApplication.run(engine, () -> rule(null, null));
    Window veto = back(checkDay.minusDays(1), national.windowAmount(), national.windowUnit());
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
    Rule national = AsApplication.run(engine, () -> rule(null, null));
    Map<List<String>, List<Subject>> groups = new LinkedHashMap<>();
    for (Subject s : subjects) {
      groups.computeIfAbsent(java.util.Arrays.asList(s.ruleSet(), s.accountClass()), k -> new ArrayList<>()).add(s);
    }
    Map<Long, Result> results = new HashMap<>();
    for (Map.Entry<List<String>, List<Subject>> group : groups.entrySet()) {
      String ruleSet = group.getKey().get(0);
      String accountClass = group.getKey().get(1);
      Rule rule = AsApplication.run(engine, () -> rule(ruleSet, accountClass));
      Plan plan = plan(ruleSet, accountClass, rule, national, from, to, vetoFrom);
      List<Subject> members = group.getValue();
      for (int i = 0; i < members.size(); i += CHUNK) {
        List<Subject> chunk = members.subList(i, Math.min(members.size(), i + CHUNK));
        Map<Long, int[][]> days = perDay(chunk, plan);
        Map<Long, ThirdPartyOperator> operators = thirdPartyOperators(chunk);
        Map<Long, OperatorCredentials.Qualification> qualifications = OperatorCredentials.qualifications(
            jdbc, chunk.stream().map(Subject::accountId).toList());
        for (Subject s : chunk) {
          Result result = evaluate(s, plan, days.get(s.accountId()), checkDay);
          if (operators.containsKey(s.accountId())) {
            agreement(operators.get(s.accountId()), checkDay).ifPresent(result.findings()::add);
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

  // ------------------------------------------------------------------------------ rules and windows

  Rule rule(String ruleSet, String accountClass) {
    Map<String, Object> row = engine.getDecisionService().evaluateDecisionTableByKey("update-frequency")
        .variables(Variables.createVariables().putValue("ruleSet", ruleSet)
            .putValue("accountClass", accountClass))
        .evaluate().getSingleResult().getEntryMap();
    return new Rule(number(row.get("minUpdates")), number(row.get("windowAmount")),
        (String) row.get("windowUnit"), number(row.get("minOriginals")),
        number(row.get("originalsWindowDays")));
  }

  Plan plan(String ruleSet, String accountClass, Rule rule, Rule national, LocalDate from,
      LocalDate to, LocalDate vetoFrom) {
    Window span = new Window(from, to);
    List<Window> vetoes = new ArrayList<>();
    List<Window> windows = new ArrayList<>();
    List<Window> originals = new ArrayList<>();
    if (!to.isBefore(from)) {
      for (LocalDate day = vetoFrom; !day.isAfter(to); day = day.plusDays(1)) {
        vetoes.add(back(day, national.windowAmount(), national.windowUnit()));
      }
      if (CALENDAR_MONTHS.equals(rule.windowUnit())) {
        // Whole months only: a month not over by the last day is judged when it is.
        LocalDate end = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to
            : to.withDayOfMonth(1).minusDays(1);
        while (!end.isBefore(from)) {
          LocalDate start = end.withDayOfMonth(1).minusMonths(Math.max(1, rule.windowAmount()) - 1L);
          windows.add(new Window(start, end));
          end = start.minusDays(1);
        }
      } else {
        for (LocalDate end = to; !end.isBefore(from); ) {
          Window w = back(end, rule.windowAmount(), rule.windowUnit());
          windows.add(w);
          end = w.from().minusDays(1);
        }
      }
      if (rule.minOriginals() > 0 && rule.originalsWindowDays() > 0) {
        for (LocalDate end = to; !end.isBefore(from); end = end.minusDays(rule.originalsWindowDays())) {
          originals.add(new Window(end.minusDays(rule.originalsWindowDays() - 1L), end));
        }
      }
    }
    LocalDate lookBack = from;
    for (List<Window> list : List.of(vetoes, windows, originals)) {
      for (Window w : list) {
        lookBack = w.from().isBefore(lookBack) ? w.from() : lookBack;
      }
    }
    return new Plan(ruleSet, accountClass, rule, span, vetoes, windows, originals, lookBack,
        to.isBefore(from) ? from : to);
  }

  /** The window of {@code amount} days of the unit ending on {@code end} (working: N working days). */
  private Window back(LocalDate end, int amount, String unit) {
    int n = Math.max(1, amount);
    if (WorkingCalendar.WORKING_DAYS.equals(unit)) {
      return new Window(calendar.subtractWorkingDays(end.plusDays(1), n), end);
    }
    return new Window(end.minusDays(n - 1L), end);
  }

  // ------------------------------------------------------------------------------ the ledger

  /** Posts and originals per day of the look-back, per account: [0] posts, [1] originals. */
  private Map<Long, int[][]> perDay(List<Subject> chunk, Plan plan) {
    int span = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), plan.lookBackTo()) + 1;
    Map<Long, int[][]> days = new HashMap<>();
    List<Long> ids = new ArrayList<>(chunk.size());
    for (Subject s : chunk) {
      days.put(s.accountId(), new int[2][span]);
      ids.add(s.accountId());
    }
    // Driven from the accounts (primary key) into the ledger's (account_id, post_date) index: one
    // index range per account on H2 and PostgreSQL alike, whatever the size of the ledger.
    jdbc.query("""
        select p.account_id, p.post_date, count(*) as posts,
               sum(case when p.original then 1 else 0 end) as originals
        from gm_account a
        join gm_account_post p on p.account_id = cast(a.id as varchar(64))
          and p.post_date >= :from and p.post_date <= :to
        where a.id in (:ids)
        group by p.account_id, p.post_date
        """, new MapSqlParameterSource().addValue("ids", ids).addValue("from", plan.lookBackFrom())
        .addValue("to", plan.lookBackTo()), rs -> {
          int[][] counts = days.get(Long.valueOf(rs.getString(1)));
          int index = (int) ChronoUnit.DAYS.between(plan.lookBackFrom(), rs.getDate(2).toLocalDate());
          if (counts != null && index >= 0 && index < span) {
            counts[0][index] = rs.getInt(3);
            counts[1][index] = rs.getInt(4);
          }
        });
    return days;
  }

  /**
   * The third-party accounts of the chunk with their operator (one query for the chunk): an account
   * the unit runs itself is not in the map. The agreement's validity is judged by the register's
   * own rule ({@link ThirdPartyOperator#agreementValidOn}, as
   * {@code AccountRegister.hasValidConfidentialityAgreement}).
   */
  private Map<Long, ThirdPartyOperator> thirdPartyOperators(List<Subject> chunk) {
    Map<Long, ThirdPartyOperator> operators = new HashMap<>();
    jdbc.query("""
        select a.id, a.operator_company, a.contract_number, a.contract_valid_from, a.contract_valid_to,
               a.agreement_valid_from, a.agreement_valid_to
        from gm_account a
        where a.id in (:ids) and a.third_party = true
        """, new MapSqlParameterSource().addValue("ids", chunk.stream().map(Subject::accountId).toList()),
        rs -> {
          operators.put(rs.getLong(1), new ThirdPartyOperator(rs.getString(2), rs.getString(3),
              rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
              rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
        });
    return operators;
  }

  /** gaoxian 1: a third-party operator needs a security and confidentiality agreement valid on the day. */
  private static java.util.Optional<Finding> agreement(ThirdPartyOperator operator, LocalDate checkDay) {
    if (operator.agreementValidOn(checkDay)) {
      return java.util.Optional.empty();
    }
    String company = operator.company() == null ? "" : operator.company();
    String validity = operator.agreementValidFrom() == null || operator.agreementValidTo() == null
        ? "无保密协议 none" : operator.agreementValidFrom() + " 至 " + operator.agreementValidTo();
    return java.util.Optional.of(new Finding(THIRD_PARTY_AGREEMENT, String.format(
        "第三方运维（%s）检查日 %s 无有效安全保密协议（%s；gaoxian 1） Run by a third party (%s) without a "
            + "security and confidentiality agreement valid on %s (gaoxian 1)", company, checkDay,
        validity, company, checkDay), operator.agreementValidFrom(), operator.agreementValidTo(), 0, 1));
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

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
