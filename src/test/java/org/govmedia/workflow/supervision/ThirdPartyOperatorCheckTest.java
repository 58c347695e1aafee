package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.ThirdPartyOperator;
import org.junit.jupiter.api.Test;

/**
 * gaoxian 1: an account run by a third party without a security and confidentiality agreement valid
 * on the day of the check is an automated finding of the inspection (set-wise with the update
 * checks); one with a valid agreement, and one the unit runs itself, are not.
 */
class ThirdPartyOperatorCheckTest extends SupervisionTestSupport {

  private Account operated(String unit, String agreementFrom, String agreementTo) {
    Account account = account("gaoxian-2023", "OTHER", unit);
    dailyPosts(account, "2025-10-27", "2025-11-09", true);
    register.updateOperator(account.getId(), new ThirdPartyOperator("某某网络科技有限公司", "HT-2025-001",
        LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"),
        agreementFrom == null ? null : LocalDate.parse(agreementFrom),
        agreementTo == null ? null : LocalDate.parse(agreementTo)));
    register.updateOperatorQualification(account.getId(), "互联网新闻信息服务许可证", LocalDate.parse("2026-12-31"));
    return register.get(account.getId());
  }

  private Account operatedWith(String unit, String contractTo, String qualification, String qualificationTo) {
    Account account = account("gaoxian-2023", "OTHER", unit);
    dailyPosts(account, "2025-10-27", "2025-11-09", true);
    register.updateOperator(account.getId(), new ThirdPartyOperator("某某网络科技有限公司", "HT-2025-002",
        LocalDate.parse("2024-01-01"), LocalDate.parse(contractTo), LocalDate.parse("2024-01-01"),
        LocalDate.parse("2026-12-31")));
    register.updateOperatorQualification(account.getId(), qualification,
        qualificationTo == null ? null : LocalDate.parse(qualificationTo));
    return register.get(account.getId());
  }

  @Test
  void aThirdPartyWithoutAValidQualificationOrContractIsFound() {
    String unit = unique("高县融媒体中心");
    Account noQualification = operatedWith(unit, "2026-12-31", null, null);
    Account lapsedQualification = operatedWith(unit, "2026-12-31", "新媒体运维资质", "2025-11-09");
    Account expiredContract = operatedWith(unit, "2025-11-09", "新媒体运维资质", "2026-12-31");
    Account sound = operatedWith(unit, "2025-11-10", "新媒体运维资质", "2025-11-10");
    LocalDate day = LocalDate.parse("2025-11-10");

    Map<Long, SupervisionChecks.Result> results = checks.check(List.of(
        new SupervisionChecks.Subject(noQualification.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(lapsedQualification.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(expiredContract.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(sound.getId(), "gaoxian-2023", "OTHER", false)), day);

    assertThat(codes(results.get(noQualification.getId())))
        .containsExactly(SupervisionChecks.THIRD_PARTY_QUALIFICATION);
    assertThat(results.get(noQualification.getId()).text()).contains("未登记运维资质").contains("gaoxian 1");
    assertThat(codes(results.get(lapsedQualification.getId())))
        .containsExactly(SupervisionChecks.THIRD_PARTY_QUALIFICATION);
    assertThat(results.get(lapsedQualification.getId()).text()).contains("2025-11-09 过期");
    assertThat(codes(results.get(expiredContract.getId())))
        .containsExactly(SupervisionChecks.THIRD_PARTY_CONTRACT);
    assertThat(results.get(expiredContract.getId()).text()).contains("无有效运维合同")
        .contains("2024-01-01 至 2025-11-09");
    assertThat(results.get(sound.getId()).findings()).isEmpty();
  }

  @Test
  void theOperatorApiStoresTheQualificationAndRefusesABadOne() {
    Account account = account("gaoxian-2023", "OTHER", unique("高县商务局"));
    Map<String, Object> body = new java.util.HashMap<>(Map.of("thirdParty", true,
        "operatorCompany", "某某网络科技有限公司", "contractNumber", "HT-2025-003",
        "contractValidFrom", "2025-01-01", "contractValidTo", "2026-12-31",
        "agreementValidFrom", "2025-01-01", "agreementValidTo", "2026-12-31"));
    body.put("operatorQualification", "互联网新闻信息服务许可证");
    body.put("qualificationValidTo", "2026-06-30");
    var ok = as("supervisor1").exchange("/api/accounts/{id}/operator", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(body), Map.class, account.getId());
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
    assertThat(ok.getBody()).containsEntry("operatorQualification", "互联网新闻信息服务许可证")
        .containsEntry("qualificationValidTo", "2026-06-30");

    Map<String, Object> bad = new java.util.HashMap<>(body);
    bad.put("qualificationValidTo", "明年");
    bad.put("operatorCompany", "另一家公司");
    var refused = as("supervisor1").exchange("/api/accounts/{id}/operator", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(bad), Map.class, account.getId());
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "qualificationValidTo");
    assertThat((String) refused.getBody().get("message")).contains("资质有效期");
    Account after = register.get(account.getId());
    assertThat(after.getOperatorCompany()).isEqualTo("某某网络科技有限公司");
    assertThat(after.getQualificationValidTo()).isEqualTo(LocalDate.parse("2026-06-30"));
  }

  private static List<String> codes(SupervisionChecks.Result result) {
    return result.findings().stream().map(SupervisionChecks.Finding::code).toList();
  }

  @Test
  void aThirdPartyWithoutAValidAgreementIsFoundAndOneWithAValidAgreementIsNot() {
    String unit = unique("高县文旅局");
    Account expired = operated(unit, "2024-01-01", "2025-11-09");
    Account none = operated(unit, null, null);
    Account valid = operated(unit, "2025-01-01", "2025-11-10");
    Account own = account("gaoxian-2023", "OTHER", unit);
    dailyPosts(own, "2025-10-27", "2025-11-09", true);
    LocalDate day = LocalDate.parse("2025-11-10");
    assertThat(expired.isThirdParty()).isTrue();
    assertThat(expired.hasValidConfidentialityAgreement(day)).isFalse();
    assertThat(valid.hasValidConfidentialityAgreement(day)).isTrue();

    Map<Long, SupervisionChecks.Result> results = checks.check(List.of(
        new SupervisionChecks.Subject(expired.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(none.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(valid.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(own.getId(), "gaoxian-2023", "OTHER", false)), day);

    assertThat(codes(results.get(expired.getId()))).containsExactly(SupervisionChecks.THIRD_PARTY_AGREEMENT);
    assertThat(results.get(expired.getId()).text()).contains("无有效安全保密协议").contains("gaoxian 1")
        .contains("2024-01-01 至 2025-11-09");
    assertThat(codes(results.get(none.getId()))).containsExactly(SupervisionChecks.THIRD_PARTY_AGREEMENT);
    assertThat(results.get(valid.getId()).findings()).isEmpty();
    assertThat(results.get(own.getId()).findings()).isEmpty();
  }

  @Test
  void theInspectorSeesTheFindingInTheInspectForm() {
    clock("2025-11-10T10:00");
    Account expired = operated(unique("高县卫健局"), "2024-01-01", "2025-06-30");
    var supervision = supervise(expired, "2025-11");
    assertThat(var(supervision, "automatedProblem")).isEqualTo(true);
    assertThat((String) var(supervision, "automatedFindings")).contains("第三方运维").contains("gaoxian 1");
    assertThat((String) var(supervision, "automatedFindingsJson")).contains(SupervisionChecks.THIRD_PARTY_AGREEMENT);
    var inspect = task(supervision, "inspect");
    assertThat((String) tasks.getVariable(inspect.getId(), "findings")).contains("无有效安全保密协议");

    Account valid = operated(unique("高县卫健局"), "2025-01-01", "2025-12-31");
    var clean = supervise(valid, "2025-11");
    assertThat(var(clean, "automatedProblem")).isEqualTo(false);
  }

  @Test
  void aRoundFindsItSetWise() {
    clock("2025-11-10T10:00");
    String unit = unique("高县教育局");
    Account expired = operated(unit, "2024-01-01", "2025-06-30");
    Account valid = operated(unit, "2025-01-01", "2025-12-31");
    var round = startRound("gaoxian-2023", "2025-11", unit, null);
    executeJobs(round, 10);
    long roundId = (Long) var(round, "roundId");
    Map<Long, SupervisionRecords.Supervision> rows = new java.util.HashMap<>();
    records.ofRound(roundId).forEach(s -> rows.put(s.accountId(), s));
    assertThat(rows.get(expired.getId()).automatedFindingsJson()).contains(SupervisionChecks.THIRD_PARTY_AGREEMENT);
    assertThat(rows.get(expired.getId()).automatedProblem()).isTrue();
    assertThat(rows.get(valid.getId()).automatedProblem()).isFalse();
  }
}
