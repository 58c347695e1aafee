package org.govmedia.workflow.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.govmedia.workflow.process.RuleSet;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.stereotype.Component;

/**
 * Checks the data of an account (POST /api/accounts, the start of account-opening, the responsible
 * people of PUT /api/accounts/{id}/responsible). A refusal is a {@link BadRequestException} naming
 * the field; nothing has been written yet when it is thrown.
 *
 * <p>The responsible people come either as objects ({@code "leader": {"name", "title", "phone"}},
 * JSON) or flat ({@code leaderName, leaderTitle, leaderPhone}, process variables and forms).
 */
@Component
public class AccountValidator {

  public static final String[] ROLES = {"leader", "reviewer", "publisher"};
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

  /** A new account's data; {@code defaultRuleSet} is used when none is given (null: required). */
  public AccountData account(Map<String, ?> values, String defaultRuleSet) {
    refuseStatus(values);
    String name = required(values, "name", 200);
    AccountPlatform platform = platform(values);
    AccountClass accountClass = oneOf(values, "accountClass", AccountClass.class);
    String ownerUnit = required(values, "ownerUnit", 200);
    String ruleSet = ruleSet(values.get("ruleSet"), defaultRuleSet);
    String link = optional(values, "link", 1000);
    LocalDate openedOn = InputRules.pastDate(date(values, "openedOn"), "openedOn", InputRules.today());
    ResponsiblePeople people = people(values, false);
    ThirdPartyOperator operator = operator(values);
    return new AccountData(name, platform, accountClass, ownerUnit, ruleSet, link, openedOn, people,
        operator);
  }

  /**
   * 平台 The platform: one of the closed list, else refused citing the rule that accounts are set up
   * only on approved platforms (yakeshi art. 6; yanchi annex 2 art. 8). Whether a listed platform is
   * approved is decided at admission ({@link AccountAdmission}).
   */
  private static AccountPlatform platform(Map<String, ?> values) {
    String value = text(values.get("platform"), "platform");
    if (value == null) {
      throw new BadRequestException("platform", "platform is required (one of "
          + java.util.Arrays.toString(AccountPlatform.values()) + ")");
    }
    try {
      return AccountPlatform.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("platform", "平台“" + value + "”不在核准的平台之列：政务新媒体应当在国家主管部门"
          + "核准的平台上设立并开展应用（牙克石办法第6条；盐池办法第8条）；可选 "
          + java.util.Arrays.toString(AccountPlatform.values()));
    }
  }

  /** The operator fields of gaoxian 1 (flat, as in the JSON of /api/accounts). */
  public static final String THIRD_PARTY = "thirdParty";
  public static final String[] OPERATOR_FIELDS = {"operatorCompany", "contractNumber",
      "contractValidFrom", "contractValidTo", "agreementValidFrom", "agreementValidTo"};

  /**
   * 第三方运维 (gaoxian 1): {@code thirdParty} true needs {@code operatorCompany},
   * {@code contractNumber}, {@code contractValidFrom}/{@code contractValidTo} and
   * {@code agreementValidFrom}/{@code agreementValidTo} (ISO dates, to not before from); false or
   * absent takes none of them. Null: the owner unit runs the account itself.
   */
  public ThirdPartyOperator operator(Map<String, ?> values) {
    boolean thirdParty = flag(values, THIRD_PARTY);
    if (!thirdParty) {
      for (String field : OPERATOR_FIELDS) {
        if (text(values.get(field), field) != null) {
          throw new BadRequestException(field, field + " is recorded only for an account run by a "
              + "third party (thirdParty: true)");
        }
      }
      return null;
    }
    String company = required(values, "operatorCompany", 200);
    String contractNumber = required(values, "contractNumber", 100);
    LocalDate contractFrom = requiredDate(values, "contractValidFrom");
    LocalDate contractTo = requiredDate(values, "contractValidTo");
    LocalDate agreementFrom = requiredDate(values, "agreementValidFrom");
    LocalDate agreementTo = requiredDate(values, "agreementValidTo");
    if (contractTo.isBefore(contractFrom)) {
      throw new BadRequestException("contractValidTo", "contractValidTo " + contractTo
          + " is before contractValidFrom " + contractFrom);
    }
    if (agreementTo.isBefore(agreementFrom)) {
      throw new BadRequestException("agreementValidTo", "agreementValidTo " + agreementTo
          + " is before agreementValidFrom " + agreementFrom);
    }
    return new ThirdPartyOperator(company, contractNumber, contractFrom, contractTo, agreementFrom,
        agreementTo);
  }

  private static boolean flag(Map<String, ?> values, String field) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    String text = text(value, field);
    if (text == null) {
      return false;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new BadRequestException(field, field + " must be true or false: '" + text + "'");
  }

  private static LocalDate requiredDate(Map<String, ?> values, String field) {
    LocalDate date = date(values, field);
    if (date == null) {
      throw new BadRequestException(field, field + " is required for an account run by a third "
          + "party (ISO date yyyy-MM-dd)");
    }
    return date;
  }

  /** The three responsible people, each with name, title and phone (a staff change). */
  public ResponsiblePeople completePeople(Map<String, ?> values) {
    refuseStatus(values);
    return people(values, true);
  }

  /** A rule set of the closed list, or the default when absent and a default is given. */
  public String ruleSet(Object value, String defaultRuleSet) {
    if (value == null || value.toString().isBlank()) {
      if (defaultRuleSet == null) {
        throw new BadRequestException("ruleSet", "ruleSet is required (one of " + RuleSet.ids() + ")");
      }
      return defaultRuleSet;
    }
    String ruleSet = value.toString().strip();
    if (!RuleSet.known(ruleSet)) {
      throw new BadRequestException("ruleSet", "ruleSet '" + ruleSet + "' is not one of " + RuleSet.ids());
    }
    return ruleSet;
  }

  /** A list's or report's rule-set filter: none when blank, else one of the closed list. */
  public String ruleSetFilter(String value) {
    return value == null || value.isBlank() ? null : ruleSet(value, null);
  }

  /** A free-text filter such as an owner unit: none when blank, else without surrounding spaces. */
  public static String textFilter(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static void refuseStatus(Map<String, ?> values) {
    if (values.containsKey("status")) {
      throw new BadRequestException("status",
          "status is changed only by the processes (account-opening, account-closing, account-filing, "
              + "account-supervision), never by a plain create or update");
    }
  }

  private ResponsiblePeople people(Map<String, ?> values, boolean complete) {
    ResponsiblePerson[] people = new ResponsiblePerson[ROLES.length];
    for (int i = 0; i < ROLES.length; i++) {
      people[i] = person(values, ROLES[i], complete);
    }
    if (people[0] == null && people[1] == null && people[2] == null) {
      return null;
    }
    return new ResponsiblePeople(people[0], people[1], people[2]);
  }

  private ResponsiblePerson person(Map<String, ?> values, String role, boolean complete) {
    Object nested = values.get(role);
    String name;
    String title;
    String phone;
    String prefix;
    if (nested instanceof Map<?, ?> map) {
      prefix = role + ".";
      name = text(map.get("name"), prefix + "name");
      title = text(map.get("title"), prefix + "title");
      phone = text(map.get("phone"), prefix + "phone");
    } else if (nested != null) {
      throw new BadRequestException(role, role + " must be an object with name, title and phone");
    } else {
      prefix = role;
      name = text(values.get(role + "Name"), role + "Name");
      title = text(values.get(role + "Title"), role + "Title");
      phone = text(values.get(role + "Phone"), role + "Phone");
    }
    String nameField = field(prefix, "name");
    String titleField = field(prefix, "title");
    String phoneField = field(prefix, "phone");
    if (name == null && title == null && phone == null && !complete) {
      return null;
    }
    if (name == null) {
      throw new BadRequestException(nameField, nameField + " is required");
    }
    if (complete && title == null) {
      throw new BadRequestException(titleField, titleField + " is required");
    }
    if (complete && phone == null) {
      throw new BadRequestException(phoneField, phoneField + " is required");
    }
    checkLength(nameField, name, 100);
    checkLength(titleField, title, 100);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new BadRequestException(phoneField, phoneField + " is not a phone number: '" + phone + "'");
    }
    return new ResponsiblePerson(name, title, phone);
  }

  private static String field(String prefix, String part) {
    return prefix.endsWith(".") ? prefix + part
        : prefix + Character.toUpperCase(part.charAt(0)) + part.substring(1);
  }

  private static String required(Map<String, ?> values, String field, int maxLength) {
    String value = text(values.get(field), field);
    if (value == null) {
      throw new BadRequestException(field, field + " is required");
    }
    checkLength(field, value, maxLength);
    return value;
  }

  private static String optional(Map<String, ?> values, String field, int maxLength) {
    String value = text(values.get(field), field);
    checkLength(field, value, maxLength);
    return value;
  }

  private static void checkLength(String field, String value, int maxLength) {
    InputRules.check(field, value, maxLength);
  }

  private static <E extends Enum<E>> E oneOf(Map<String, ?> values, String field, Class<E> type) {
    String value = text(values.get(field), field);
    if (value == null) {
      throw new BadRequestException(field, field + " is required (one of "
          + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(field, field + " '" + value + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static LocalDate date(Map<String, ?> values, String field) {
    Object value = values.get(field);
    if (value == null || value instanceof LocalDate) {
      return InputRules.date((LocalDate) value, field);
    }
    String text = text(value, field);
    if (text == null) {
      return null;
    }
    try {
      return InputRules.date(LocalDate.parse(text), field);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(field, field + " is not an ISO date (yyyy-MM-dd): '" + text + "'");
    }
  }

  /** A text of the body: an object or a list is refused, never turned into text (lengths: callers). */
  private static String text(Object value, String field) {
    return InputRules.text(value, field, Integer.MAX_VALUE);
  }
}
