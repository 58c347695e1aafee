package org.govmedia.workflow.duty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.govmedia.workflow.web.BadRequestException;

/**
 * 值班表 The duty roster as the form's text area holds it, one line per day of the period:
 * {@code 日期 | 值班人 | 带班领导 | 账号}, e.g. {@code 2025-10-01 | editor1 | 王局长 | 12,15}:
 * the day, the duty person (a user id: the day's duty check is assigned to them), the unit head on
 * lead duty 带班 (gaoxian 2(2)), and the register ids of the accounts read that day (blank or 全部:
 * every account of the unit). Blank lines and lines starting with # are ignored; full-width ｜ is
 * accepted. Kept as one string variable ({@code dutyRoster}), so no serialized objects.
 */
public final class DutyRosters {

  /** One day of the roster. */
  public record Entry(LocalDate day, String dutyUser, String leadOnDuty, String accounts) {

    String line() {
      return day + " | " + dutyUser + " | " + leadOnDuty + " | " + accounts;
    }
  }

  public static final String ALL_ACCOUNTS = "全部";
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜]\\s*");
  private static final Pattern ACCOUNT_IDS = Pattern.compile("\\d+(\\s*[,，]\\s*\\d+)*");

  private DutyRosters() {}

  /**
   * The roster of a period: every day from {@code from} to {@code to} exactly once, each with a duty
   * person that {@code userExists}, a lead on duty, and accounts ({@code accountExists} for each id).
   * A refusal names the field {@code dutyRoster} and the line.
   */
  public static Map<LocalDate, Entry> parse(String text, LocalDate from, LocalDate to,
      Predicate<String> userExists, Predicate<String> accountExists) {
    if (text == null || text.isBlank()) {
      throw refused("值班表为空：每天一行，日期 | 值班人 | 带班领导 | 账号");
    }
    Map<LocalDate, Entry> entries = new TreeMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Entry entry = entry(line, i + 1, userExists, accountExists);
      if (entry.day().isBefore(from) || entry.day().isAfter(to)) {
        throw refused("第" + (i + 1) + "行：" + entry.day() + " 不在值班时段 " + from + " 至 " + to + " 内");
      }
      if (entries.put(entry.day(), entry) != null) {
        throw refused("第" + (i + 1) + "行：" + entry.day() + " 重复排班");
      }
    }
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!entries.containsKey(d)) {
        throw refused(d + " 没有值班人：时段内每天都须有人值班");
      }
    }
    return entries;
  }

  /** The entries of an already checked roster (no existence checks). */
  public static Map<LocalDate, Entry> read(String text) {
    Map<LocalDate, Entry> entries = new LinkedHashMap<>();
    if (text == null) {
      return entries;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        Entry entry = entry(line, i + 1, u -> true, a -> true);
        entries.put(entry.day(), entry);
      }
    }
    return entries;
  }

  /** The roster in its canonical form, one line per day in order. */
  public static String format(Map<LocalDate, Entry> entries) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(entries).values().forEach(e -> text.append(e.line()).append('\n'));
    return text.toString();
  }

  private static Entry entry(String line, int number, Predicate<String> userExists,
      Predicate<String> accountExists) {
    String[] parts = SEPARATOR.split(line, -1);
    if (parts.length < 3 || parts.length > 4) {
      throw refused("第" + number + "行：格式应为 日期 | 值班人 | 带班领导 | 账号，实为「" + line + "」");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(parts[0].strip());
    } catch (DateTimeParseException e) {
      throw refused("第" + number + "行：「" + parts[0] + "」不是日期（年-月-日，如 2026-10-01）");
    }
    String user = parts[1].strip();
    if (user.isEmpty() || user.length() > 64 || !userExists.test(user)) {
      throw refused("第" + number + "行：值班人「" + user + "」不是系统用户名");
    }
    String lead = parts[2].strip();
    if (lead.isEmpty() || lead.length() > 100) {
      throw refused("第" + number + "行：须填写带班领导（不超过100个字）");
    }
    String accounts = parts.length == 4 ? parts[3].strip() : "";
    if (accounts.isEmpty() || accounts.equals(ALL_ACCOUNTS)) {
      accounts = ALL_ACCOUNTS;
    } else if (!ACCOUNT_IDS.matcher(accounts).matches()) {
      throw refused("第" + number + "行：账号须为台账编号（以逗号分隔）或“" + ALL_ACCOUNTS + "”，实为「"
          + accounts + "」");
    } else {
      accounts = String.join(",", accounts.split("\\s*[,，]\\s*"));
      for (String id : accounts.split(",")) {
        if (!accountExists.test(id)) {
          throw refused("第" + number + "行：台账中没有编号为 " + id + " 的账号");
        }
      }
    }
    return new Entry(day, user, lead, accounts);
  }

  private static BadRequestException refused(String message) {
    return new BadRequestException(DutyVariables.DUTY_ROSTER, message);
  }
}
