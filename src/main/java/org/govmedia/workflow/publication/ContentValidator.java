package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * The checks an item must pass before it is started and whenever its draft is submitted: a
 * message that names the field, and nothing started or changed when one fails.
 */
@Component
public class ContentValidator {

  private final AccountRegister register;

  public ContentValidator(AccountRegister register) {
    this.register = register;
  }

  /**
   * Application limits of an item's texts: a headline of 200 characters, a body of 50,000 (a long
   * article; past the engine's 4,000-character text column it is kept in the byte array table by
   * {@code operations.LongStringSerializer} and still shows in the forms), a source of 500.
   */
  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_BODY_LENGTH = 50_000;
  public static final int MAX_SOURCE_LENGTH = 500;

  public void validateContent(VariableScope variables) {
    requireText(variables, TITLE, "标题 title", MAX_TITLE_LENGTH);
    requireText(variables, BODY, "正文 body", MAX_BODY_LENGTH);
    Object sourceValue = variables.getVariable(SOURCE);
    if (sourceValue != null && !(sourceValue instanceof String)) {
      throw invalid(SOURCE, "来源 source 应为文本 (source must be a text)");
    }
    bounded(SOURCE, (String) sourceValue, MAX_SOURCE_LENGTH);
    Object category = variables.getVariable(CATEGORY);
    if (category == null || category.toString().isBlank()) {
      throw invalid(CATEGORY, "内容类别 contentCategory：请选择内容类别");
    }
    ContentCategory parsed = Arrays.stream(ContentCategory.values())
        .filter(c -> c.name().equals(category.toString())).findFirst()
        .orElseThrow(() -> invalid(CATEGORY, "内容类别 contentCategory：没有这一类别，请从列表中选择"));
    if (parsed == ContentCategory.REPRINT) {
      Object source = variables.getVariable(SOURCE);
      if (source == null || source.toString().isBlank()) {
        throw invalid(SOURCE, "转载来源 source：转载须注明来源");
      }
    }
  }

  /** Application limit of the consulted unit's name. */
  public static final int MAX_UNIT_LENGTH = 100;

  /**
   * The unit whose work the item touches (baicheng art. 4: 发布信息涉及其他单位工作内容的,要提前做好沟通协调),
   * consulted before 终审: a name of at most 100 characters, kept trimmed, "" when the item names
   * none (so the model's gateway always finds it).
   */
  public void normalizeConsultedUnit(VariableScope variables) {
    Object unit = variables.getVariable(CONSULTED_UNIT);
    if (unit != null && !(unit instanceof String)) {
      throw invalid(CONSULTED_UNIT, "会商单位 consultedUnit：应填写单位名称（文本）");
    }
    String name = unit == null ? "" : ((String) unit).strip();
    bounded(CONSULTED_UNIT, name, MAX_UNIT_LENGTH);
    if (!name.equals(unit)) {
      variables.setVariable(CONSULTED_UNIT, name);
    }
  }

  /** The item goes out on accounts of the register that are open for publication. */
  public void validateAccounts(VariableScope variables) {
    List<String> ids = PublishToChannelsDelegate.accounts(variables);
    if (ids.isEmpty()) {
      throw invalid(ACCOUNT_IDS, "发布账号 accountIds：送审前至少选择一个发布账号");
    }
    validateChosenAccounts(variables);
  }

  /** The accounts chosen so far (none is allowed until the draft is submitted) are open for publication. */
  public void validateChosenAccounts(VariableScope variables) {
    List<String> refused = register.unknownOrInactive(PublishToChannelsDelegate.accounts(variables));
    if (!refused.isEmpty()) {
      throw invalid(ACCOUNT_IDS, "发布账号 accountIds：" + String.join("、", refused)
          + " 不是台账中可发布的账号（不存在、未开通、已关闭或已关停）");
    }
  }

  private static void requireText(VariableScope variables, String name, String label, int maxLength) {
    Object value = variables.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw invalid(name, label + "：必填");
    }
    bounded(name, text, maxLength);
  }

  /** Length and characters (no NUL, lone surrogates, bidi overrides), shared with the other forms. */
  private static void bounded(String name, String text, int maxLength) {
    try {
      org.govmedia.workflow.web.InputRules.check(name, text, maxLength);
    } catch (org.govmedia.workflow.web.BadRequestException e) {
      throw RefusedInput.of(e);
    }
  }

  /** A refusal naming the field ({@code message} starts with it, in Chinese). */
  static BadUserRequestException invalid(String field, String message) {
    return new BadUserRequestException(message);
  }
}
