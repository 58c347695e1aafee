package org.govmedia.workflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  @AfterEach
  void resetEngineClockAndAuthentication() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }
}
