package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who may call what: the users, groups, authorizations and filters an installation starts with. */
class IdentityAndSecurityTest extends IntegrationTest {

  @Test
  void everyGroupOfTheDesignHasItsDemoUser() {
    var identity = engine.getIdentityService();
    for (Role role : Role.values()) {
      assertThat(identity.createGroupQuery().groupId(role.groupId()).count())
          .as("group %s", role.groupId()).isEqualTo(1);
      assertThat(identity.createUserQuery().userId(role.demoUser()).memberOfGroup(role.groupId()).count())
          .as("demo user %s in %s", role.demoUser(), role.groupId()).isEqualTo(1);
      assertThat(identity.checkPassword(role.demoUser(), role.demoUser())).isTrue();
    }
  }

  @Test
  void restApisRefuseAnonymousAndWrongPasswords() {
    // The wrong-password probe uses a user of its own (the engine no longer locks users; failed
    // logins are throttled per client address, LoginThrottleApiTest).
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("probe").count() == 0) {
      var probe = identity.newUser("probe");
      probe.setPassword("probe");
      identity.saveUser(probe);
    }
    for (String path : List.of("/engine-rest/process-definition?maxResults=100", "/api/calendar/is-working-day?date=2025-10-01")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode())
          .as("anonymous %s", path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.withBasicAuth("probe", "wrong").getForEntity(path, String.class).getStatusCode())
          .as("wrong password %s", path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.withBasicAuth("nobody", "nobody").getForEntity(path, String.class).getStatusCode())
          .as("unknown user %s", path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(as("editor1").getForEntity(path, String.class).getStatusCode())
          .as("editor1 %s", path).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void engineRestAppliesTheEnginesAuthorizations() {
    // The engine sees the caller: an editor may not read the users of the admin group...
    ResponseEntity<String> denied = as("editor1").getForEntity("/engine-rest/authorization?maxResults=2000", String.class);
    assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(denied.getBody().contains("\"groupId\":\"camunda-admin\"")).as("editor sees admin grants").isFalse();
    // ...and may not create a user, which the administrator may.
    String newUser = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}";
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    var refused = as("editor1").postForEntity("/engine-rest/user/create",
        new org.springframework.http.HttpEntity<>(newUser, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void calendarAdministrationIsForAdministratorsOnly() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    var response = as("editor1").exchange("/api/calendar/years/2031", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>("{\"year\":2031,\"days\":[]}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void rolesGetTheirWebappsAndProcesses() {
    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("editor1", List.of("editors"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).as("editor tasklist").isTrue();
    assertThat(authorizations.isUserAuthorized("editor1", List.of("editors"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).as("editor cockpit").isFalse();
    assertThat(authorizations.isUserAuthorized("supervisor1", List.of("supervisors"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).as("supervisor cockpit").isTrue();
    assertThat(authorizations.isUserAuthorized("editor1", List.of("editors"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "content-publication")).as("editor starts").isTrue();
    assertThat(authorizations.isUserAuthorized("reviewer1", List.of("first-reviewers"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "content-publication")).isFalse();
    assertThat(authorizations.isUserAuthorized("hotline1", List.of("hotline"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "message-reply")).as("hotline starts").isTrue();
    assertThat(authorizations.isUserAuthorized("dept1", List.of("departments"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "message-reply")).isFalse();
  }

  @Test
  void sharedTasklistFiltersAreVisibleToEveryRole() {
    var identity = engine.getIdentityService();
    identity.setAuthentication("reviewer1", List.of("first-reviewers"));
    try {
      List<String> names = engine.getFilterService().createFilterQuery().listPage(0, 2000).stream()
          .map(Filter::getName).toList();
      assertThat(names).contains("待办", "我的任务", "逾期")
          .noneMatch(name -> name.matches(".*[A-Za-z].*"));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void webappsAnswerWithSecurityHeaders() {
    ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(tasklist.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
  }
}
