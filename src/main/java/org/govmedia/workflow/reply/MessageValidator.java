package org.govmedia.workflow.reply;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.process.RuleSet;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.stereotype.Component;

/**
 * The checks every start of {@code message-reply} passes, whether through {@code POST /api/messages}
 * or {@code /engine-rest}: the start listener and the intake controller both call this.
 */
@Component
public class MessageValidator {

  /** Longest message id: the business key column of the outbox and of gm_message is 64. */
  static final int MAX_ID_LENGTH = 64;
  /**
   * Longest citizen message taken in (application limit): longer than any message the channels
   * deliver; past the engine's 4,000-character text column it is kept in the byte array table
   * ({@code operations.LongStringSerializer}) and still shows in the task forms.
   */
  public static final int MAX_CONTENT_LENGTH = 20_000;
  /** How far a channel's clock may run ahead of ours: a message received later than that is refused. */
  static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(10);
  /** Longest citizen contact kept on the message record. */
  static final int MAX_CONTACT_LENGTH = 200;

  /** The rule sets the application ships (a closed list). */
  static final java.util.List<String> RULE_SETS = RuleSet.ids();

  /** A valid message: the values as the process keeps them. */
  public record ValidMessage(String messageId, AccountPlatform platform, OffsetDateTime receivedAt,
      String content, String citizenContact, String ruleSet) {}

  /**
   * Checks the start variables and answers the normalised message.
   *
   * @throws InvalidMessageException naming the first field at fault
   */
  public ValidMessage validate(Map<String, ?> variables) {
    String messageId = requiredText(variables, "messageId");
    if (messageId.length() > MAX_ID_LENGTH || !messageId.matches("[A-Za-z0-9._:-]+")) {
      throw new InvalidMessageException("messageId", "must be 1 to " + MAX_ID_LENGTH
          + " letters, digits, '.', '_', ':' or '-': '" + messageId + "'");
    }
    AccountPlatform platform = platform(requiredText(variables, "platform"));
    OffsetDateTime receivedAt = receivedAt(variables.get("receivedAt"));
    String content = requiredText(variables, "content");
    bounded("content", content, MAX_CONTENT_LENGTH);
    String contact = optionalText(variables, "citizenContact");
    bounded("citizenContact", contact, MAX_CONTACT_LENGTH);
    String ruleSet = optionalText(variables, "ruleSet");
    if (ruleSet != null && !RULE_SETS.contains(ruleSet)) {
      throw new InvalidMessageException("ruleSet", "unknown rule set '" + ruleSet + "' (expected one of "
          + RULE_SETS + ")");
    }
    return new ValidMessage(messageId, platform, receivedAt, content, contact, ruleSet);
  }

  /** Length and characters (no NUL, lone surrogates, bidi overrides) of a text. */
  private static void bounded(String field, String text, int maxLength) {
    try {
      InputRules.check(field, text, maxLength);
    } catch (BadRequestException e) {
      throw new InvalidMessageException(field, e.getMessage());
    }
  }

  /** A past event: within 1949–2100 and not later than now (by the engine clock) and a little skew. */
  private static OffsetDateTime past(OffsetDateTime receivedAt) {
    try {
      InputRules.date(receivedAt.toLocalDate(), "receivedAt");
    } catch (BadRequestException e) {
      throw new InvalidMessageException("receivedAt", e.getMessage());
    }
    java.time.Instant latest = ClockUtil.getCurrentTime().toInstant().plus(CLOCK_SKEW);
    if (receivedAt.toInstant().isAfter(latest)) {
      throw new InvalidMessageException("receivedAt", "受理时间 " + receivedAt + " 晚于当前时间，"
          + "留言不能在将来收到 (receivedAt is a past event: not later than now)");
    }
    return receivedAt;
  }

  private static AccountPlatform platform(String value) {
    try {
      return AccountPlatform.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("platform", "unknown platform '" + value + "' (expected one of "
          + java.util.Arrays.toString(AccountPlatform.values()) + ")");
    }
  }

  private static OffsetDateTime receivedAt(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidMessageException("receivedAt", "is required");
    }
    if (value instanceof Date date) {
      return past(date.toInstant().atOffset(java.time.ZoneOffset.UTC));
    }
    if (value instanceof OffsetDateTime dateTime) {
      return past(dateTime);
    }
    if (!(value instanceof String)) {
      throw new InvalidMessageException("receivedAt", "must be a string");
    }
    try {
      return past(OffsetDateTime.parse(value.toString().trim()));
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException("receivedAt", "is not an ISO-8601 date-time with offset "
          + "(e.g. 2025-09-26T10:15:00+08:00): '" + value + "'");
    }
  }

  private static String requiredText(Map<String, ?> variables, String field) {
    String text = optionalText(variables, field);
    if (text == null) {
      throw new InvalidMessageException(field, "is required");
    }
    return text;
  }

  private static String optionalText(Map<String, ?> variables, String field) {
    Object value = variables.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidMessageException(field, "must be a string");
    }
    return text.isBlank() ? null : text.trim();
  }
}
