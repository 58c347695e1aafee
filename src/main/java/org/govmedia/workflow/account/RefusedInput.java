package org.govmedia.workflow.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.govmedia.workflow.web.BadRequestException;

/** Turns a refusal of the register's checks into the engine's "Invalid <field>: ..." (400 on /engine-rest). */
public final class RefusedInput {

  private RefusedInput() {}

  public static BadUserRequestException of(BadRequestException e) {
    return new BadUserRequestException("Invalid " + e.getField() + ": " + e.getMessage());
  }

  public static BadUserRequestException of(String field, String message) {
    return new BadUserRequestException("Invalid " + field + ": " + message);
  }
}
