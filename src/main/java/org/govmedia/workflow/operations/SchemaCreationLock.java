package org.govmedia.workflow.operations;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on an empty PostgreSQL database would all create the
 * engine's tables, and all but one would fail. The engine is built (tables created when missing)
 * under a cluster lock: the first node creates them, the others find them.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

  private final ClusterLock lock;
  private ClusterLock.Held held;

  public SchemaCreationLock(ClusterLock lock) {
    this.lock = lock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    held = lock.hold("govmedia-engine-schema");
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      held.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the schema lock", e);
    }
  }
}
