package org.govmedia.workflow.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data found by its shape, not by a list: mainland resident ID numbers (18 characters
 * with a valid ISO 7064 MOD 11-2 check character), mobile numbers, and bank card numbers of 16 to
 * 19 digits with a valid Luhn check digit. The two checks are a loop each: no library in reach
 * offers ISO 7064 MOD 11-2, and one for Luhn alone is not worth a dependency.
 */
public final class PersonalDataFinder {

  /** The pattern names of {@code personal-data.tsv}. */
  public enum Shape { ID_NUMBER, MOBILE_NUMBER, BANK_CARD }

  /** A finding: where it is (end exclusive) and which shape it has. */
  public record Found(int start, int end, Shape shape) {}

  private static final Pattern ID_NUMBER = Pattern.compile(
      "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern MOBILE_NUMBER = Pattern.compile(
      "(?<![0-9])(?:(?:\\+|00)86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])");
  private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])\\d{4}(?:[- ]?\\d{4}){2}[- ]?\\d{4,7}(?![0-9])");

  private PersonalDataFinder() {}

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    if (text.length() < 11) {
      return found;
    }
    if (!hasDigitRun(text)) {
      return found;
    }
    Matcher id = ID_NUMBER.matcher(text);
    List<int[]> idShaped = new ArrayList<>();
    while (id.find()) {
      idShaped.add(new int[] {id.start(), id.end()});
      if (validIdNumber(id.group())) {
        found.add(new Found(id.start(), id.end(), Shape.ID_NUMBER));
      }
    }
    Matcher card = BANK_CARD.matcher(text);
    while (card.find()) {
      String digits = card.group().replaceAll("[- ]", "");
      boolean shapedLikeId = idShaped.stream().anyMatch(s -> s[0] == card.start() && s[1] == card.end());
      if (!shapedLikeId && digits.length() <= 19 && luhn(digits)) {
        found.add(new Found(card.start(), card.end(), Shape.BANK_CARD));
      }
    }
    Matcher mobile = MOBILE_NUMBER.matcher(text);
    while (mobile.find()) {
      int start = mobile.start();
      int end = mobile.end();
      if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
        continue; // part of an ID or card number already found
      }
      found.add(new Found(mobile.start(), mobile.end(), Shape.MOBILE_NUMBER));
    }
    return found;
  }

  /** ISO 7064 MOD 11-2 over the first 17 digits gives the 18th character (X for 10). */
  static boolean validIdNumber(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum = (sum + (number.charAt(i) - '0')) * 2 % 11;
    }
    int check = (12 - sum % 11) % 11;
    char last = Character.toUpperCase(number.charAt(17));
    return check == 10 ? last == 'X' : last == (char) ('0' + check);
  }

  /** The Luhn check over all digits, the last being the check digit. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Cheap pre-check: no run of 11 digits (with separators), no personal number. */
  private static boolean hasDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 11) {
          return true;
        }
      } else if (c != ' ' && c != '-' && c != '+') {
        run = 0;
      }
    }
    return false;
  }
}
