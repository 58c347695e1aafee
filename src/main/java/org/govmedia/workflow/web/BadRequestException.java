package org.govmedia.workflow.web;

/** Bad input to the application's REST API: answered 400 with the offending field named. */
public class BadRequestException extends RuntimeException {

  private final String field;

  public BadRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
