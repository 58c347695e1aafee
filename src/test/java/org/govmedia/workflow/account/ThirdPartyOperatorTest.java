package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 第三方运维 (gaoxian 1) in the register: a third-party account's company, contract and
 * confidentiality agreement over /api/accounts (validation naming the field, nothing written), and
 * the agreement validity check the inspection uses.
 */
class ThirdPartyOperatorTest extends AccountTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private static Map<String, Object> thirdParty() {
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("thirdParty", true);
    body.put("operatorCompany", "四川某某网络科技有限公司");
    body.put("contractNumber", "GX-2025-017");
    body.put("contractValidFrom", "2025-01-01");
    body.put("contractValidTo", "2025-12-31");
    body.put("agreementValidFrom", "2025-01-01");
    body.put("agreementValidTo", "2025-06-30");
    return body;
  }

  private ResponseEntity<Map<String, Object>> post(Map<String, Object> body) {
    return as("owner1").exchange("/api/accounts", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private long accountsNamed(Object name) {
    return accounts.findAll().stream().filter(a -> a.getName().equals(name)).count();
  }

  @Test
  void aThirdPartyAccountIsRegisteredWithItsContractAndAgreement() {
    ResponseEntity<Map<String, Object>> created = post(thirdParty());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("thirdParty", true)
        .containsEntry("operatorCompany", "四川某某网络科技有限公司")
        .containsEntry("contractNumber", "GX-2025-017")
        .containsEntry("contractValidTo", "2025-12-31")
        .containsEntry("agreementValidFrom", "2025-01-01")
        .containsEntry("agreementValidTo", "2025-06-30");
    Object id = created.getBody().get("id");
    Map<String, Object> read = as("editor1").exchange("/api/accounts/" + id, HttpMethod.GET, null, JSON)
        .getBody();
    assertThat(read).containsEntry("thirdParty", true).containsEntry("contractValidFrom", "2025-01-01");

    Account account = register.get(id);
    assertThat(account.hasValidConfidentialityAgreement(LocalDate.parse("2025-01-01"))).isTrue();
    assertThat(account.hasValidConfidentialityAgreement(LocalDate.parse("2025-06-30"))).isTrue();
    assertThat(account.hasValidConfidentialityAgreement(LocalDate.parse("2025-07-01"))).isFalse();
    assertThat(account.hasValidConfidentialityAgreement(LocalDate.parse("2024-12-31"))).isFalse();
    assertThat(account.hasValidOperatorContract(LocalDate.parse("2025-07-01"))).isTrue();

    // A renewed agreement (PUT /operator): valid again; the status does not change.
    Map<String, Object> renewed = new HashMap<>(thirdParty());
    renewed.keySet().removeAll(accountData("x").keySet());
    renewed.put("agreementValidFrom", "2025-07-01");
    renewed.put("agreementValidTo", "2026-06-30");
    ResponseEntity<Map<String, Object>> changed = as("owner1").exchange("/api/accounts/" + id + "/operator",
        HttpMethod.PUT, new HttpEntity<>(renewed), JSON);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).containsEntry("agreementValidTo", "2026-06-30")
        .containsEntry("status", "ACTIVE");
    assertThat(register.get(id).hasValidConfidentialityAgreement(LocalDate.parse("2025-07-01")))
        .isTrue();

    // The unit takes the account back.
    ResponseEntity<Map<String, Object>> own = as("owner1").exchange("/api/accounts/" + id + "/operator",
        HttpMethod.PUT, new HttpEntity<>(Map.of("thirdParty", false)), JSON);
    assertThat(own.getBody()).containsEntry("thirdParty", false).doesNotContainKey("operatorCompany");
  }

  @Test
  void anAccountRunByItsUnitHasNoOperatorAndNoAgreement() {
    ResponseEntity<Map<String, Object>> created = post(accountData("henan-2019"));
    assertThat(created.getBody()).containsEntry("thirdParty", false).doesNotContainKey("operatorCompany");
    Account account = register.get(created.getBody().get("id"));
    assertThat(account.isThirdParty()).isFalse();
    assertThat(account.hasValidConfidentialityAgreement(LocalDate.parse("2025-07-01"))).isFalse();
  }

  @ParameterizedTest(name = "{0} = ''{1}'' -> 400 {2}")
  @CsvSource(nullValues = "null", textBlock = """
      operatorCompany,    null,        operatorCompany
      contractNumber,     ' ',         contractNumber
      contractValidFrom,  null,        contractValidFrom
      contractValidTo,    2025-13-01,  contractValidTo
      agreementValidFrom, 2025/01/01,  agreementValidFrom
      agreementValidTo,   null,        agreementValidTo
      agreementValidTo,   2024-12-31,  agreementValidTo
      contractValidTo,    2024-06-30,  contractValidTo
      thirdParty,         maybe,       thirdParty
      """)
  void anIncompleteOrMalformedThirdPartyIsRefusedNamingTheFieldAndNothingIsWritten(String field,
      String value, String named) {
    Map<String, Object> body = thirdParty();
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }
    ResponseEntity<Map<String, Object>> refused = post(body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", named);
    assertThat(accountsNamed(body.get("name"))).isZero();
  }

  @Test
  void operatorFieldsWithoutThirdPartyAreRefused() {
    Map<String, Object> body = accountData("gaoxian-2023");
    body.put("operatorCompany", "某公司");
    ResponseEntity<Map<String, Object>> refused = post(body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "operatorCompany");
    assertThat(accountsNamed(body.get("name"))).isZero();
  }
}
