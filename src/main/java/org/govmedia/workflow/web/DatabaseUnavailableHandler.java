package org.govmedia.workflow.web;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database cannot be reached (down, restarting, network cut): {@code /api} and
 * {@code /engine-rest} answer 503 Service Unavailable with a JSON message and {@code Retry-After},
 * never a 500. Nothing was written: the transaction either never began or was rolled back by the
 * database when its connection broke. The application needs no restart afterwards: the connection
 * pool opens new connections once the database answers again.
 *
 * <p>The failure shows in three places, each handled here:
 * <ul>
 *   <li>{@code /api} controllers: the {@link org.springframework.web.bind.annotation.ExceptionHandler}
 *       below (Spring's {@code CannotCreateTransactionException},
 *       {@code DataAccessResourceFailureException}, {@code TransientDataAccessException}, JDBC
 *       connection errors);</li>
 *   <li>{@code /engine-rest}: {@link EngineRestMapper}, registered by {@link EngineRestCustomizer};
 *       a start or completion wrapped in Camunda's {@code RestException} is mapped by
 *       {@link RefusedInputExceptionMapper}, which asks {@link #isDatabaseUnavailable};</li>
 *   <li>before either: the caller's password is checked against Camunda's identity tables by
 *       Spring Security, so while the database is down every request fails there already.
 *       {@link UnavailableFilter} runs before Spring Security and answers 503 for whatever escapes
 *       the chain (a {@code ProcessEngineException} caused by a broken connection included).</li>
 * </ul>
 */
@RestControllerAdvice(basePackages = "org.govmedia.workflow")
public class DatabaseUnavailableHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

  static final String MESSAGE = "数据库暂不可用 The database is unavailable; nothing was written. "
      + "Try again shortly.";
  static final String RETRY_AFTER_SECONDS = "5";

  /** True when the exception or one of its causes says the database could not be reached. */
  public static boolean isDatabaseUnavailable(Throwable exception) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          // SQLSTATE class 08: connection exception (PostgreSQL's driver: 08001, 08003, 08006).
          || t instanceof SQLException sql && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")
          // HikariCP's stand-in for a connection it closed because it broke (no SQLSTATE): seen
          // when the rollback after a broken statement overrides the statement's own exception.
          || t instanceof SQLException closed && closed.getSQLState() == null
              && "Connection is closed".equals(closed.getMessage())) {
        return true;
      }
      if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
          && isDatabaseUnavailable(tx.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  @org.springframework.web.bind.annotation.ExceptionHandler({
      CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
      TransientDataAccessException.class, SQLTransientConnectionException.class,
      SQLNonTransientConnectionException.class, SQLRecoverableException.class})
  public ResponseEntity<ApiError> databaseUnavailable(Exception e) {
    logUnavailable(e);
    HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
    return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(new ApiError(status.value(), status.getReasonPhrase(), null, MESSAGE));
  }

  /** Runs before Spring Security (whose password check reads the database): the two APIs, actuator. */
  @Bean
  static FilterRegistrationBean<UnavailableFilter> databaseUnavailableFilter() {
    FilterRegistrationBean<UnavailableFilter> registration =
        new FilterRegistrationBean<>(new UnavailableFilter());
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  private static void logUnavailable(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    LOG.warn("Database unavailable, answered 503: {} (cause: {})", e.toString(), root.toString());
  }

  /** 503 for what escapes the filter chain of /api and /engine-rest because of the database. */
  static class UnavailableFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | RuntimeException e) {
        if (!isDatabaseUnavailable(e) || response.isCommitted()) {
          throw e;
        }
        logUnavailable(e);
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = MESSAGE.replace("\"", "'");
        boolean engineRest = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
        response.getWriter().write(engineRest
            ? "{\"type\":\"DatabaseUnavailable\",\"message\":\"" + message + "\"}"
            : "{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"" + message + "\"}");
      }
    }
  }

  /**
   * {@code /engine-rest}: 503 where the database could not be reached, Camunda's own answer for
   * everything else. Jersey picks the mapper of the nearest exception type, so Camunda's mappers
   * of {@code RestException} (ours: {@link RefusedInputExceptionMapper}) and
   * {@code ProcessEngineException} keep theirs; this one takes what only a {@code Throwable} mapper
   * matches, such as Spring's {@code CannotCreateTransactionException}, ahead of Camunda's.
   */
  @Priority(1)
  public static class EngineRestMapper implements ExceptionMapper<Throwable> {

    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(Throwable exception) {
      if (isDatabaseUnavailable(exception)) {
        return engineRestUnavailable(exception);
      }
      return camunda.toResponse(exception);
    }
  }

  /** The 503 answer of /engine-rest, in Camunda's error format (type, message). */
  static Response engineRestUnavailable(Throwable exception) {
    logUnavailable(exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "DatabaseUnavailable");
    body.put("message", MESSAGE);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
