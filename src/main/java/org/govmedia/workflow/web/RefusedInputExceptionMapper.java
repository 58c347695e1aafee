package org.govmedia.workflow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
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

  private final RestExceptionHandler camunda = new RestExceptionHandler();

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
        body.put("message", refused.getMessage());
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
}
