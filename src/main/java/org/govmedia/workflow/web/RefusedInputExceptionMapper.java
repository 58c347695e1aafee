package org.govmedia.workflow.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST answers every failed start or completion 500, even when the process refused bad
 * input. Where a listener of ours refused it ({@link BadUserRequestException} somewhere in the
 * cause chain), /engine-rest answers 400 with that message, as /api does; where the database could
 * not be reached ({@link DatabaseUnavailableHandler#isDatabaseUnavailable}), 503; everything else
 * goes to Camunda's own handler unchanged. A lost race (an {@code OptimisticLockingException}:
 * two completions of one task at once) is 409 ({@link EngineRestMappers#lostRace}).
 */
@Priority(1)
public class RefusedInputExceptionMapper implements ExceptionMapper<RestException> {

  /**
   * The field's variable name after its Chinese label: "确认筛查命中 acknowledgeHits：…",
   * "内容类别 contentCategory 只能…".
   */
  private static final Pattern FIELD_KEY = Pattern.compile("(\\p{IsHan}) [a-z][A-Za-z0-9]*(：| (?=\\p{IsHan}))");

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  /** The request answered: Tasklist and Cockpit's REST lies under /camunda/. */
  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(RestException exception) {
    if (SkipFlagsWithoutInstructions.matches(exception)) {
      return SkipFlagsWithoutInstructions.answer();
    }
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException lost) {
        return EngineRestMappers.lostRace(lost);
      }
      if (EngineRestMappers.isGone(cause)) {
        return EngineRestMappers.gone(cause);
      }
      if (cause instanceof org.camunda.bpm.engine.AuthorizationException denied) {
        return EngineRestMappers.denied(denied);
      }
      if (cause instanceof BadUserRequestException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", forReader(refused.getMessage()));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body).build();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (DatabaseUnavailableHandler.isDatabaseUnavailable(exception)) {
      return DatabaseUnavailableHandler.engineRestUnavailable(exception);
    }
    return camunda.toResponse(exception);
  }

  /**
   * A clerk in Tasklist reads the refusal without the variable name an API client needs
   * ("确认筛查命中：…" for "确认筛查命中 acknowledgeHits：…"); /engine-rest keeps it.
   */
  private String forReader(String message) {
    boolean webapp = request != null && request.getRequestURI() != null
        && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    return webapp && message != null ? FIELD_KEY.matcher(message)
        .replaceAll(m -> m.group(1) + (m.group(2).equals("：") ? "：" : "")) : message;
  }
}
