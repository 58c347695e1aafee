package org.govmedia.workflow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's error answers on every Jersey application of the engine: {@code /engine-rest}
 * and the webapps' own REST under {@code /camunda/api/engine} (Tasklist and Cockpit call it), which
 * is a separate Jersey application the Camunda starter registers as a servlet of its own. Jersey
 * finds this class through {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}
 * and it registers, in each application that does not have them yet:
 * <ul>
 *   <li>{@link RefusedInputExceptionMapper}: a refusal of our listeners, wrapped in Camunda's
 *       {@code RestException}, is 400 with its message; a lost race inside it is 409;</li>
 *   <li>{@link EngineExceptionMapper}: a lost race thrown directly is 409, a query beyond the
 *       engine's {@code queryMaxResultsLimit} is 400 naming {@code maxResults}; everything else
 *       gets Camunda's own answer.</li>
 * </ul>
 * Neither shows an engine code or SQL, and neither logs a stack trace: one WARN line.
 */
@Priority(1)
public class EngineRestMappers implements AutoDiscoverable {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestMappers.class);
  private static final Pattern MAX_RESULTS = Pattern.compile("Max results limit of (\\d+) exceeded");

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusedInputExceptionMapper.class)) {
      context.register(RefusedInputExceptionMapper.class);
    }
    if (!context.getConfiguration().isRegistered(EngineExceptionMapper.class)) {
      context.register(EngineExceptionMapper.class);
    }
  }

  /** 409: someone else changed the same task or instance first; nothing of this request was written. */
  static Response lostRace(OptimisticLockingException exception) {
    LOG.warn("Lost race answered 409 (concurrent change of the same task or instance): {}",
        exception.getClass().getSimpleName());
    return json(Response.Status.CONFLICT, "OptimisticLocking",
        "并发冲突：该任务或流程已被他人同时处理，本次操作未保存，请刷新后重试 (Conflict: someone else "
            + "completed or changed it at the same moment; nothing of this request was saved)");
  }

  /**
   * The task or instance is not there (any more): the other side of a race that finished first,
   * or a wrong id. Camunda answers it 500 on a completion; it is a 404.
   */
  static boolean isGone(Throwable cause) {
    return cause instanceof org.camunda.bpm.engine.exception.NotFoundException
        || cause instanceof org.camunda.bpm.engine.exception.NullValueException
            && cause.getMessage() != null && cause.getMessage().contains("Cannot find");
  }

  static Response gone(Throwable cause) {
    LOG.warn("Answered 404, the task or instance is not there (any more): {}",
        cause.getClass().getSimpleName());
    String detail = cause.getMessage() == null || cause.getMessage().contains("ENGINE-") ? ""
        : ": " + cause.getMessage();
    return json(Response.Status.NOT_FOUND, "NotFound",
        "未找到，或已被他人完成 (Not found, or someone else completed it first)" + detail);
  }

  /** 403: the caller lacks the right (Camunda answers some of these 400 or 500 when wrapped). */
  static Response denied(org.camunda.bpm.engine.AuthorizationException denied) {
    LOG.warn("Answered 403 for {}: {}", denied.getUserId(), denied.getClass().getSimpleName());
    return json(Response.Status.FORBIDDEN, "AuthorizationException",
        "无权操作 (Forbidden): " + denied.getMessage());
  }

  static Response json(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static String configuredLimit() {
    org.camunda.bpm.engine.ProcessEngine engine =
        org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(null);
    return Integer.toString(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getQueryMaxResultsLimit());
  }

  /** Engine exceptions thrown directly (not wrapped in a RestException) by the REST resources. */
  @Priority(1)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      if (exception instanceof OptimisticLockingException lost) {
        return lostRace(lost);
      }
      if (isGone(exception)) {
        return gone(exception);
      }
      if (exception instanceof BadUserRequestException refused && refused.getMessage() != null) {
        Matcher limit = MAX_RESULTS.matcher(refused.getMessage());
        if (limit.find() || refused.getMessage().contains("unbound number of results")) {
          String max = limit.find(0) ? limit.group(1) : configuredLimit();
          LOG.warn("Query refused 400: more results asked for than {} (maxResults)", max);
          return json(Response.Status.BAD_REQUEST, "InvalidRequestException",
              "参数 maxResults 超过上限 " + max + "，请分页查询 (maxResults: at most " + max
                  + " results per query; page with firstResult and maxResults)");
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
