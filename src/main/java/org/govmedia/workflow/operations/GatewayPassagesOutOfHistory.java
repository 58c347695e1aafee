package org.govmedia.workflow.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The history (level {@code full}) keeps everything an instance does except the passages through
 * gateways that only route it (exclusive, parallel, inclusive). Such a passage says nothing the
 * history does not already say: the engine passes the gateway and starts the activity it chose in
 * the same transaction, at the same instant, and that activity is in the history; the condition's
 * inputs are in the variables' history, a decision's in the decision's. Cockpit's community edition
 * shows no activity history. Skipping them spares one row per passage, the most frequent row after
 * the variables' (the publication chain passes seven gateways per item). Event-based gateways, which
 * wait, stay in the history.
 */
@Component
public class GatewayPassagesOutOfHistory extends AbstractProcessEnginePlugin {

  static final Set<String> ROUTING_GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE,
      ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_INCLUSIVE);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The engine's own database handler, behind the filter, instead of next to it.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutRoutingGateways(new DbHistoryEventHandler()));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutRoutingGateways implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutRoutingGateways(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricActivityInstanceEventEntity activity
          && ROUTING_GATEWAYS.contains(activity.getActivityType()))) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
