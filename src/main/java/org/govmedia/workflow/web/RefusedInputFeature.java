package org.govmedia.workflow.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link RefusedInputExceptionMapper} in every Jersey application of the server: besides
 * /engine-rest ({@link EngineRestCustomizer}), the webapps' own engine API under
 * /camunda/api/engine, through which Tasklist submits its forms (submit-form, complete, claim), so
 * that a refusal there is the same 400 with the Chinese message. Found by Jersey through
 * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable.
 */
public class RefusedInputFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusedInputExceptionMapper.class)) {
      context.register(RefusedInputExceptionMapper.class);
    }
  }
}
