package org.govmedia.workflow.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Registers this application's additions to Camunda's /engine-rest (a Jersey application). */
@Component
public class EngineRestCustomizer implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusedInputExceptionMapper.class);
    config.register(DatabaseUnavailableHandler.EngineRestMapper.class);
  }
}
