package org.govmedia.workflow.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The bounds every text and date a request can send is held to, in one place: a stated length,
 * no control characters (NUL and the other C0 controls but tab and line breaks, lone surrogates,
 * the bidi overrides U+202A–U+202E and isolates U+2066–U+2069 that make a name read differently
 * from what is stored), a JSON value of the expected type (an object or a list where a text is
 * expected is refused, never turned into its {@code toString()}), and dates within 1949–2100,
 * not in the future where the field is a past event.
 *
 * <p>A refusal is a {@link BadRequestException} naming the field, Chinese first; the controllers
 * answer it 400, and {@code process.RefusedInput} turns it into the engine's 400 for starts and
 * completions.
 */
public final class InputRules {

  /** The first year a date may be in (the application's records begin in 1949). */
  public static final int MIN_YEAR = 1949;
  /** The last year a date may be in. */
  public static final int MAX_YEAR = 2100;
  /** The longest business key the engine's BUSINESS_KEY_ column takes. */
  public static final int MAX_BUSINESS_KEY_LENGTH = 255;

  private InputRules() {}

  /**
   * A text field: null when absent or blank, else stripped and checked (length, characters).
   *
   * @throws BadRequestException for an object, a list, a text too long or a control character
   */
  public static String text(Object value, String field, int maxLength) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()) {
      throw new BadRequestException(field, "字段 " + field + " 应为文本，不接受对象或数组 ("
          + field + " must be a text, not an object or a list)");
    }
    if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
      throw new BadRequestException(field, "字段 " + field + " 应为文本 (" + field
          + " must be a text)");
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    check(field, text, maxLength);
    return text;
  }

  /** {@link #text} that must be present. */
  public static String requiredText(Object value, String field, int maxLength) {
    String text = text(value, field, maxLength);
    if (text == null) {
      throw new BadRequestException(field, "字段 " + field + " 必填 (" + field + " is required)");
    }
    return text;
  }

  /** Checks the length and the characters of a text as it stands (null passes). */
  public static void check(String field, String text, int maxLength) {
    if (text == null) {
      return;
    }
    if (text.length() > maxLength) {
      throw new BadRequestException(field, "字段 " + field + " 超过 " + maxLength + " 个字符 ("
          + field + " is longer than " + maxLength + " characters: " + text.length() + ")");
    }
    int bad = forbiddenCharacterAt(text);
    if (bad >= 0) {
      throw new BadRequestException(field, "字段 " + field + " 含有不允许的控制字符 U+"
          + String.format("%04X", (int) text.charAt(bad)) + "，位置 " + bad + " (" + field
          + " holds a control character, a lone surrogate or a bidi override)");
    }
  }

  /** The index of the first forbidden character of the text, or -1. */
  public static int forbiddenCharacterAt(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
        return i;
      }
      if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A day within {@value #MIN_YEAR}–{@value #MAX_YEAR} (null passes). */
  public static LocalDate date(LocalDate date, String field) {
    if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
      throw new BadRequestException(field, "字段 " + field + " 的日期 " + date + " 不在 " + MIN_YEAR
          + "–" + MAX_YEAR + " 年之间 (" + field + " must be between " + MIN_YEAR + " and "
          + MAX_YEAR + ")");
    }
    return date;
  }

  /** The day of a past event: {@link #date} and not after {@code today} (null passes). */
  public static LocalDate pastDate(LocalDate date, String field, LocalDate today) {
    date(date, field);
    if (date != null && date.isAfter(today)) {
      throw new BadRequestException(field, "字段 " + field + " 的日期 " + date + " 在今天 " + today
          + " 之后，已发生的事不能晚于今天 (" + field + " is a past event: not after today)");
    }
    return date;
  }

  /** Today in Beijing time by the engine clock (which tests move). */
  public static LocalDate today() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
  }

  /** A process's business key: at most {@value #MAX_BUSINESS_KEY_LENGTH} characters, no control characters. */
  public static void businessKey(String key) {
    check("businessKey", key, MAX_BUSINESS_KEY_LENGTH);
  }

  /**
   * A whole number from {@code min} to {@code max} (a page, a page size), {@code otherwise} when not
   * given; anything else is a 400 naming the field.
   */
  public static int number(String field, String text, int min, int max, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException(field, "参数 " + field + " 应为 " + min + " 到 " + max + " 之间的整数 ("
        + field + " must be a whole number from " + min + " to " + max + "): " + text);
  }
}
