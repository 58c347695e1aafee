package org.govmedia.workflow.cluster;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/** Hands the shared {@link Cluster} to the tests, and shows the nodes' logs when one fails. */
final class ClusterExtension implements ParameterResolver, TestWatcher {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Cluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return Cluster.get(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Cluster cluster = context.getRoot().getStore(ExtensionContext.Namespace.create(Cluster.class))
        .get("cluster", Cluster.class);
    if (cluster != null) {
      System.err.println("[cluster] " + context.getDisplayName() + " failed; node logs:"
          + cluster.logTails());
    }
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    testFailed(context, cause);
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {}
}
