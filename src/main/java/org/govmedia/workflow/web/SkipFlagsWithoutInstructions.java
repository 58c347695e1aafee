package org.govmedia.workflow.web;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start that sends {@code skipCustomListeners} or {@code skipIoMappings} without
 * {@code startInstructions}: Camunda's REST refuses it before any engine command runs (so the
 * engine guard {@code process.AdminOnlyMidway} never sees it), with a 400 that carries an engine
 * code. Skipping listeners is for administrators only: anyone else gets the guard's 403, an
 * administrator a 400 that says what is missing; neither shows the engine code.
 */
final class SkipFlagsWithoutInstructions {

  private static final Logger LOG = LoggerFactory.getLogger(SkipFlagsWithoutInstructions.class);

  private SkipFlagsWithoutInstructions() {}

  /** Camunda's words for it (ENGINE-13024), in the exception or its cause. */
  private static final String CAMUNDA_REFUSAL = "Cannot skip custom listeners or input/output mappings";

  static boolean matches(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains(CAMUNDA_REFUSAL)) {
        return true;
      }
    }
    return false;
  }

  static Response answer() {
    if (!callerIsAdministrator()) {
      LOG.warn("Answered 403: a start skipping listeners or input/output mappings by a non-administrator");
      return EngineRestMappers.json(Response.Status.FORBIDDEN, "AuthorizationException",
          "仅管理员可进行此操作：跳过监听器或输入输出映射 (Only an administrator may skip listeners or "
              + "input/output mappings)");
    }
    LOG.warn("Answered 400: skipCustomListeners/skipIoMappings without startInstructions");
    return EngineRestMappers.json(Response.Status.BAD_REQUEST, "InvalidRequestException",
        "跳过监听器或输入输出映射时须同时给出 startInstructions (skipCustomListeners and skipIoMappings "
            + "apply only to a start with startInstructions)");
  }

  private static boolean callerIsAdministrator() {
    ProcessEngine engine = org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(null);
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    return org.govmedia.workflow.process.AdminOnlyMidway.isAdministrator(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), caller);
  }
}
