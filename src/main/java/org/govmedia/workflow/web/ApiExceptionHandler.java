package org.govmedia.workflow.web;

import jakarta.validation.ConstraintViolationException;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns bad input into a 400 that names the field, for every controller of {@code /api}: the
 * message starts in Chinese (a check's own Chinese text, else "输入有误" and the field), and the
 * refusal is logged as one WARN line without a stack trace.
 */
@RestControllerAdvice(basePackages = "org.govmedia.workflow")
public class ApiExceptionHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** The message as it is when it starts in Chinese, else with a Chinese lead naming the field. */
  static String chineseFirst(String field, String message) {
    String text = message == null ? "" : message;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return text;
      }
      if (Character.isLetter(c)) {
        break;
      }
    }
    return (field == null ? "输入有误：" : "输入有误，字段 " + field + "：") + text;
  }

  @ExceptionHandler(BadRequestException.class)
  public ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return error(HttpStatus.BAD_REQUEST, e.getField(), e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return error(HttpStatus.BAD_REQUEST, e.getParameterName(),
        "parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return error(HttpStatus.BAD_REQUEST, e.getName(),
        "parameter '" + e.getName() + "' has a malformed value: " + e.getValue());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    var fieldError = e.getBindingResult().getFieldError();
    String field = fieldError == null ? null : fieldError.getField();
    String message = fieldError == null ? "invalid request" : field + ": " + fieldError.getDefaultMessage();
    return error(HttpStatus.BAD_REQUEST, field, message);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  public ResponseEntity<ApiError> constraintViolation(ConstraintViolationException e) {
    var violation = e.getConstraintViolations().stream().findFirst();
    String field = violation.map(v -> {
      String path = v.getPropertyPath().toString();
      return path.substring(path.lastIndexOf('.') + 1);
    }).orElse(null);
    String message = violation.map(v -> field + ": " + v.getMessage()).orElse(e.getMessage());
    return error(HttpStatus.BAD_REQUEST, field, message);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    String field = null;
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException jme
        && !jme.getPath().isEmpty()) {
      field = jme.getPath().get(jme.getPath().size() - 1).getFieldName();
    }
    return error(HttpStatus.BAD_REQUEST, field,
        field == null ? "request body is not valid JSON" : "field '" + field + "' has a malformed value");
  }

  @ExceptionHandler(DateTimeParseException.class)
  public ResponseEntity<ApiError> malformedDate(DateTimeParseException e) {
    return error(HttpStatus.BAD_REQUEST, null, "malformed date: " + e.getParsedString());
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String field, String message) {
    if (status == HttpStatus.BAD_REQUEST) {
      message = chineseFirst(field, message);
      LOG.warn("Refused 400 ({}): {}", field, message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }
    return ResponseEntity.status(status)
        .body(new ApiError(status.value(), status.getReasonPhrase(), field, message));
  }
}
