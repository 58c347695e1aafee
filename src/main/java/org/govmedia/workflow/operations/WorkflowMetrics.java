package org.govmedia.workflow.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What a supervisor's dashboard and an operator's alerting want per process (Prometheus format at
 * /actuator/prometheus): open tasks, running instances, and instances whose deadline passed
 * ({@code overdue = true}). Counted every 30 seconds, not on every scrape, so that scrapes of
 * several nodes cost the database nothing.
 */
@Component
public class WorkflowMetrics {

  private final ProcessEngine engine;
  private final MultiGauge openTasks;
  private final MultiGauge runningInstances;
  private final MultiGauge overdueInstances;

  public WorkflowMetrics(ProcessEngine engine, MeterRegistry registry) {
    this.engine = engine;
    this.openTasks = MultiGauge.builder("govmedia.tasks.open")
        .description("Open user tasks per process").register(registry);
    this.runningInstances = MultiGauge.builder("govmedia.instances.running")
        .description("Running process instances per process").register(registry);
    this.overdueInstances = MultiGauge.builder("govmedia.instances.overdue")
        .description("Running process instances past their deadline (overdue = true) per process")
        .register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void countAtStart() {
    refresh();
  }

  @Scheduled(fixedDelayString = "${govmedia.metrics.refresh:PT30S}", initialDelayString = "${govmedia.metrics.refresh:PT30S}")
  public void refresh() {
    List<MultiGauge.Row<?>> tasks = new ArrayList<>();
    List<MultiGauge.Row<?>> running = new ArrayList<>();
    List<MultiGauge.Row<?>> overdue = new ArrayList<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
        .latestVersion().unlimitedList()) {
      String key = definition.getKey();
      Tags tags = Tags.of("process", key);
      tasks.add(MultiGauge.Row.of(tags,
          engine.getTaskService().createTaskQuery().processDefinitionKey(key).count()));
      running.add(MultiGauge.Row.of(tags,
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count()));
      overdue.add(MultiGauge.Row.of(tags, engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(key).variableValueEquals("overdue", true).count()));
    }
    openTasks.register(tasks, true);
    runningInstances.register(running, true);
    overdueInstances.register(overdue, true);
  }
}
