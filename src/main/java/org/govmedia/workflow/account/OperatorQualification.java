package org.govmedia.workflow.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.govmedia.workflow.web.BadRequestException;

/**
 * 资质 The qualification of a third-party operator for internet information dissemination and
 * new-media operation (gaoxian 1) and the last day it is valid: {@code operatorQualification},
 * {@code qualificationValidTo} of {@code PUT /api/accounts/{id}/operator}. Both optional (a missing
 * qualification is the inspection's finding); malformed values are refused naming the field.
 */
public record OperatorQualification(String name, LocalDate validTo) {

  public static final int NAME_MAX = 200;

  static OperatorQualification of(Map<String, ?> body, ThirdPartyOperator operator) {
    if (operator == null) {
      return new OperatorQualification(null, null);
    }
    Object rawName = body.get("operatorQualification");
    String name = rawName == null || rawName.toString().isBlank() ? null : rawName.toString().strip();
    if (name != null && name.length() > NAME_MAX) {
      throw new BadRequestException("operatorQualification",
          "运维资质（operatorQualification）不得超过" + NAME_MAX + "字");
    }
    Object rawTo = body.get("qualificationValidTo");
    LocalDate validTo = null;
    if (rawTo != null && !rawTo.toString().isBlank()) {
      try {
        validTo = LocalDate.parse(rawTo.toString().strip());
      } catch (DateTimeParseException e) {
        throw new BadRequestException("qualificationValidTo",
            "资质有效期至（qualificationValidTo）格式应为 yyyy-MM-dd");
      }
    }
    if (validTo != null && name == null) {
      throw new BadRequestException("operatorQualification",
          "填写资质有效期时须填写运维资质（operatorQualification）");
    }
    return new OperatorQualification(name, validTo);
  }
}
