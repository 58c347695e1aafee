package org.govmedia.workflow.overdue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.display.ReportWording;
import org.govmedia.workflow.identity.Role;

/** How a row of the overdue list reads: the item's title, its unit, who holds its task, in Chinese. */
final class OverdueRowText {

  private OverdueRowText() {}

  static String userName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  static String holder(Task task, Map<String, String> users, Map<String, List<String>> candidates) {
    if (task.getAssignee() != null) {
      return users.getOrDefault(task.getAssignee(), task.getAssignee());
    }
    List<String> groups = candidates.getOrDefault(task.getId(), List.of());
    return groups.isEmpty() ? "待认领" : "待认领（" + String.join("、", groups.stream()
        .map(OverdueRowText::groupName).toList()) + "）";
  }

  /** A group by its Chinese name: 主管单位, 账号管理员 ... (the group id where it is none of the roles). */
  static String groupName(String groupId) {
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return chinese(role.groupName());
      }
    }
    return groupId;
  }

  static String ownerUnit(String processKey, Map<String, Object> vars, Account account) {
    if (account != null) {
      return account.getOwnerUnit();
    }
    return switch (processKey) {
      case "message-reply" -> text(vars.get("department"));
      case "quarterly-report" -> vars.get("ownerUnit") == null ? "" : text(vars.get("ownerUnit"));
      default -> text(vars.get("ownerUnit"));
    };
  }

  static String title(String processKey, Map<String, Object> vars, String accountName) {
    return switch (processKey) {
      case "message-reply" -> abbreviate(text(vars.get("content")), 60);
      case "account-filing" -> accountName + " " + FilingEvent.chineseName(vars.get("filingEvent")) + "备案";
      case "account-supervision" -> accountName + " 整改"
          + (vars.get("period") == null ? "" : "（" + text(vars.get("period")) + "）");
      case "quarterly-report" -> text(vars.get("quarter")) + " 季度报告";
      case "holiday-duty" -> text(vars.get("periodName")) + " 值班表";
      default -> "";
    };
  }

  /** A date-time variable (a Date, or an ISO-8601 text) as an instant; null when none or unreadable. */
  static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof CharSequence text) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** The Chinese part of a bilingual name: 留言答复 of "留言答复 Message reply". */
  static String chinese(String name) {
    return ReportWording.chineseName(name);
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static String abbreviate(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.codePointCount(0, flat.length()) <= max ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, max)) + "…";
  }
}
