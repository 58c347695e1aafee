package org.govmedia.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one Spring test context every process and REST test shares: extend this class and add no
 * context configuration of your own (no @MockBean, no @TestPropertySource), so the suite starts
 * the application once. Runs on H2, or on PostgreSQL with -Ppostgres.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics export (Prometheus) as in production
public abstract class IntegrationTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected TestRestTemplate rest;
  @LocalServerPort protected int port;

  /** A REST client authenticated as a demo user (password = user id). */
  protected TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, userId);
  }

  /** A user of its own for a test (password = user id) in the given groups; kept if it exists. */
  protected void createUser(String id, String... groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword(id);
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(id, group);
      }
    }
  }

  /** The one open task {@code key} of the instance (fails the test when there is none). */
  protected Task openTask(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  /**
   * Completes the task as that user, a member of that group: the engine's authorization checks
   * apply as in Tasklist, and the authentication is cleared afterwards, whatever happens.
   */
  protected void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** {@link #completeAs(String, String, Task, Map)} for the open task {@code key} of the instance. */
  protected void completeAs(String user, String group, ProcessInstance instance, String key,
      Map<String, Object> variables) {
    completeAs(user, group, openTask(instance, key), variables);
  }

  @AfterEach
  void resetEngineClockAndAuthentication() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }
}
