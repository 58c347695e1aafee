package org.govmedia.workflow.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 准入 Admission to the register, where an account enters it (POST /api/accounts and the start of
 * account-opening): the rows of {@code dmn/account-admission.dmn} — approved platforms only
 * (yakeshi art. 6; yanchi annex 2 art. 8), never in a person's name, one account per unit per
 * platform, county departments and townships none of their own (henan 3(1)), baicheng's official
 * names (baicheng art. 3). A refusal is a {@link BadRequestException} whose Chinese message cites
 * the clause; a rule that holds only "in principle" (原则上) admits the account when an
 * administrator records why in {@code admissionReason}. A reason from anyone else is refused with
 * {@link ReasonNotAllowed} before anything is written.
 */
@Component
public class AccountAdmission {

  public static final String DECISION = "account-admission";
  public static final String UNIT_LEVEL = "unitLevel";
  public static final String REGISTERED_AS = "registeredAs";
  public static final String ADMISSION_REASON = "admissionReason";

  /** What the register keeps of an admission: the unit's level, the recorded reason and who recorded it. */
  public record Admitted(UnitLevel unitLevel, String reason, String recordedBy) {}

  /** A reason recorded by someone who is not an administrator (403 on the API). */
  public static class ReasonNotAllowed extends RuntimeException {
    ReasonNotAllowed() {
      super("准入理由（admissionReason）只能由管理员记录 (only an administrator records an admission reason)");
    }
  }

  private final ProcessEngine engine;
  private final AccountRegister register;
  private final JdbcClient jdbc;

  public AccountAdmission(ProcessEngine engine, AccountRegister register, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.register = register;
  }

  /**
   * Checks the account against the admission rules; {@code values} carries {@code unitLevel},
   * {@code registeredAs} and {@code admissionReason} beside the account's data.
   */
  public Admitted check(AccountData data, Map<String, ?> values, String actor, boolean administrator) {
    UnitLevel unitLevel = oneOf(values, UNIT_LEVEL, UnitLevel.class);
    RegisteredAs registeredAs = oneOf(values, REGISTERED_AS, RegisteredAs.class);
    String reason = InputRules.text(values.get(ADMISSION_REASON), ADMISSION_REASON, 1000);
    if (reason != null && !administrator) {
      throw new ReasonNotAllowed();
    }
    List<Map<String, Object>> refusals = refusals(data, unitLevel,
        registeredAs == null ? RegisteredAs.UNIT : registeredAs);
    for (Map<String, Object> refusal : refusals) {
      if (!Boolean.TRUE.equals(refusal.get("reasonAdmits"))) {
        throw new BadRequestException((String) refusal.get("field"), refusal.get("refusal")
            + "；不予登记，记录理由也不能准入");
      }
    }
    if (!refusals.isEmpty() && reason == null) {
      Map<String, Object> first = refusals.get(0);
      throw new BadRequestException((String) first.get("field"), first.get("refusal")
          + "；确有必要的，由管理员在“准入理由”（admissionReason）中记录理由后登记");
    }
    return new Admitted(unitLevel, refusals.isEmpty() ? null : reason, actor);
  }

  /** The refusing rows of the admission table, in the table's order (none: admitted). */
  List<Map<String, Object>> refusals(AccountData data, UnitLevel unitLevel, RegisteredAs registeredAs) {
    // Held until the caller's transaction ends, the registration written: the next admission counts it.
    jdbc.sql("select id from gm_register_lock where id = 1 for update").query().listOfRows();
    long onPlatform = register.countOpen(data.ownerUnit(), data.platform());
    DmnDecisionResult result = AsApplication.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("ruleSet", data.ruleSet())
            .putValue("platform", data.platform().name())
            .putValue(REGISTERED_AS, registeredAs.name())
            .putValue(UNIT_LEVEL, unitLevel == null ? null : unitLevel.name())
            .putValue("unitAccountsOnPlatform", (int) Math.min(onPlatform, Integer.MAX_VALUE))
            .putValue("name", data.name()))
        .evaluate());
    List<Map<String, Object>> refusals = new ArrayList<>();
    result.getResultList().forEach(row -> {
      Object refusal = row.get("refusal");
      if (refusal != null && !refusal.toString().isBlank()) {
        refusals.add(row);
      }
    });
    return refusals;
  }

  private static <E extends Enum<E>> E oneOf(Map<String, ?> values, String field, Class<E> type) {
    String value = InputRules.text(values.get(field), field, 40);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(field, "字段 " + field + " 的值 '" + value + "' 不在可选范围内 ("
          + field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
  }
}
