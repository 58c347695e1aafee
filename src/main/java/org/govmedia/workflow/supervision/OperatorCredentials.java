package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.account.ThirdPartyOperator;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * gaoxian 1: 确需委托第三方运营的,应要求其具备互联网信息传播和新媒体运维资质能力 ... 双方须明确约定有关权责.
 * The inspection's findings on a third-party operator's qualification (none, or expired on the day
 * of the check) and contract (not covering the day of the check).
 */
final class OperatorCredentials {

  record Qualification(String name, LocalDate validTo) {}

  private OperatorCredentials() {}

  /** The qualification of each third-party account of the chunk (one query). */
  static Map<Long, Qualification> qualifications(NamedParameterJdbcTemplate jdbc, List<Long> ids) {
    Map<Long, Qualification> qualifications = new HashMap<>();
    if (ids.isEmpty()) {
      return qualifications;
    }
    jdbc.query("select id, operator_qualification, qualification_valid_to from gm_account"
        + " where id in (:ids) and third_party = true", new MapSqlParameterSource("ids", ids),
        rs -> {
          qualifications.put(rs.getLong(1), new Qualification(rs.getString(2),
              rs.getObject(3, LocalDate.class)));
        });
    return qualifications;
  }

  static List<SupervisionChecks.Finding> findings(ThirdPartyOperator operator, Qualification qualification,
      LocalDate checkDay) {
    List<SupervisionChecks.Finding> findings = new ArrayList<>();
    String company = operator.company() == null ? "" : operator.company();
    String name = qualification == null ? null : qualification.name();
    LocalDate validTo = qualification == null ? null : qualification.validTo();
    if (name == null || (validTo != null && validTo.isBefore(checkDay))) {
      String state = name == null ? "未登记运维资质" : "运维资质（" + name + "）已于 " + validTo + " 过期";
      findings.add(new SupervisionChecks.Finding(SupervisionChecks.THIRD_PARTY_QUALIFICATION, String.format(
          "第三方运维（%s）检查日 %s %s（gaoxian 1：应要求其具备互联网信息传播和新媒体运维资质能力） "
              + "Run by a third party (%s) without a qualification valid on %s (gaoxian 1)",
          company, checkDay, state, company, checkDay), null, validTo, 0, 1));
    }
    if (!operator.contractValidOn(checkDay)) {
      String validity = operator.contractValidFrom() == null || operator.contractValidTo() == null
          ? "无合同" : operator.contractValidFrom() + " 至 " + operator.contractValidTo();
      findings.add(new SupervisionChecks.Finding(SupervisionChecks.THIRD_PARTY_CONTRACT, String.format(
          "第三方运维（%s）检查日 %s 无有效运维合同（%s；gaoxian 1：双方须明确约定有关权责） "
              + "Run by a third party (%s) without a contract valid on %s (gaoxian 1)",
          company, checkDay, validity, company, checkDay), operator.contractValidFrom(),
          operator.contractValidTo(), 0, 1));
    }
    return findings;
  }

  /**
   * The third-party accounts among {@code ids} with their operator (one query): an account
   * the unit runs itself is not in the map. The agreement's validity is judged by the register's
   * own rule ({@link ThirdPartyOperator#agreementValidOn}, as
   * {@code Account.hasValidConfidentialityAgreement}).
   */
  static Map<Long, ThirdPartyOperator> operators(NamedParameterJdbcTemplate jdbc, List<Long> ids) {
    Map<Long, ThirdPartyOperator> operators = new HashMap<>();
    jdbc.query("""
        select a.id, a.operator_company, a.contract_number, a.contract_valid_from, a.contract_valid_to,
               a.agreement_valid_from, a.agreement_valid_to
        from gm_account a
        where a.id in (:ids) and a.third_party = true
        """, new MapSqlParameterSource().addValue("ids", ids),
        rs -> {
          operators.put(rs.getLong(1), new ThirdPartyOperator(rs.getString(2), rs.getString(3),
              rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
              rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
        });
    return operators;
  }

  /** gaoxian 1: a third-party operator needs a security and confidentiality agreement valid on the day. */
  static java.util.Optional<SupervisionChecks.Finding> agreement(ThirdPartyOperator operator, LocalDate checkDay) {
    if (operator.agreementValidOn(checkDay)) {
      return java.util.Optional.empty();
    }
    String company = operator.company() == null ? "" : operator.company();
    String validity = operator.agreementValidFrom() == null || operator.agreementValidTo() == null
        ? "无保密协议 none" : operator.agreementValidFrom() + " 至 " + operator.agreementValidTo();
    return java.util.Optional.of(new SupervisionChecks.Finding(SupervisionChecks.THIRD_PARTY_AGREEMENT, String.format(
        "第三方运维（%s）检查日 %s 无有效安全保密协议（%s；gaoxian 1） Run by a third party (%s) without a "
            + "security and confidentiality agreement valid on %s (gaoxian 1)", company, checkDay,
        validity, company, checkDay), operator.agreementValidFrom(), operator.agreementValidTo(), 0, 1));
  }
}
