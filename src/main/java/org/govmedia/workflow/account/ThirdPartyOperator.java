package org.govmedia.workflow.account;

import java.time.LocalDate;

/**
 * 第三方运维 A third party that runs an account (gaoxian 1): the company, the contract defining rights
 * and duties (number, validity) and the security and confidentiality agreement 安全保密协议 (validity).
 * Validity dates are inclusive. Never holds a credential.
 */
public record ThirdPartyOperator(String company, String contractNumber, LocalDate contractValidFrom,
    LocalDate contractValidTo, LocalDate agreementValidFrom, LocalDate agreementValidTo) {

  /** True when the contract covers the day (both dates inclusive). */
  public boolean contractValidOn(LocalDate day) {
    return covers(contractValidFrom, contractValidTo, day);
  }

  /** True when the confidentiality agreement covers the day (both dates inclusive). */
  public boolean agreementValidOn(LocalDate day) {
    return covers(agreementValidFrom, agreementValidTo, day);
  }

  private static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
    return day != null && from != null && to != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
