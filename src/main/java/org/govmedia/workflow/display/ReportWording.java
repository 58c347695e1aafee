package org.govmedia.workflow.display;

import java.time.LocalDate;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.process.LadderAction;

/**
 * The Chinese of the codes the reports' files carry (the .xlsx and .docx of the round report, the
 * quarterly report and the annual evaluation): platforms, statuses, ladder steps, yes/no, periods
 * and the date of a notice. Never a raw {@code WECHAT} or {@code WARN} in a file a clerk passes on.
 */
public final class ReportWording {

  private ReportWording() {}

  /**
   * The Chinese part of a model's bilingual name: 留言答复 of "留言答复 Message reply"; the name itself
   * when it has no Chinese part, "" for none.
   */
  public static String chineseName(String bilingual) {
    if (bilingual == null) {
      return "";
    }
    String chinese = bilingual.replaceAll("\\s+[A-Za-z].*$", "").strip();
    return chinese.isEmpty() ? bilingual : chinese;
  }

  /** 微信公众号 for WECHAT; the text itself when it is no platform code. */
  public static String platform(String code) {
    try {
      return code == null ? "" : ClerkDisplay.platform(AccountPlatform.valueOf(code));
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** 运行中 for ACTIVE; the text itself when it is no status code. */
  public static String status(String code) {
    try {
      return code == null ? "" : ClerkDisplay.status(AccountStatus.valueOf(code));
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** 提醒 for WARN; 待定 while none is decided. */
  public static String action(String code) {
    return LadderAction.nameOf(code);
  }

  /** 是 / 否; empty while not known. */
  public static String yesNo(Boolean value) {
    return value == null ? "" : value ? "是" : "否";
  }

  /** 2025年11月 for 2025-11, 2025年第四季度 for 2025-Q4. */
  public static String period(String period) {
    if (period == null || period.length() < 7) {
      return period == null ? "" : period;
    }
    String year = period.substring(0, 4) + "年";
    String rest = period.substring(5);
    if (rest.startsWith("Q") && rest.length() == 2) {
      return year + "第" + "一二三四".charAt(rest.charAt(1) - '1') + "季度";
    }
    try {
      return year + Integer.parseInt(rest) + "月";
    } catch (NumberFormatException e) {
      return period;
    }
  }

  /** The date of a notice as official documents write it: 2025年11月30日 (Arabic numerals, month and day without a leading zero, as GB/T 9704-2012 has it). */
  public static String noticeDate(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
