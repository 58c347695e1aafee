package org.govmedia.workflow.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.govmedia.workflow.web.BodyInMemory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Lets Tasklist's Camunda Forms pick the accounts of an item from the register, by name and
 * platform, several at once, although this installation has no JSON variables (no Camunda Spin):
 * <ul>
 *   <li>a form served to Tasklist ({@code deployed-form}, {@code deployed-start-form}) gets the
 *   register's accounts open for publication as the options of its account list (the component
 *   with {@code valuesKey: accountOptions}). Tasklist 7.24 loads no variables for a start form, so
 *   options from a variable could not reach it; served this way they are current at every
 *   opening;</li>
 *   <li>{@code accountIds} (comma-separated ids) reaches the form as the list it checks, and comes
 *   back from it ({@code submit-form}, a JSON array) as comma-separated ids again.</li>
 * </ul>
 * Only the webapps' engine API (/camunda/api/engine), which Tasklist uses, is touched.
 */
@Component
public class PublicationFormsFilter extends OncePerRequestFilter {

  private static final Pattern FORM = Pattern.compile(
      "/camunda/api/engine/engine/[^/]+/(task/[^/]+/deployed-form|process-definition/.+/deployed-start-form)");
  private static final Pattern FORM_VARIABLES = Pattern.compile("/camunda/api/engine/engine/[^/]+/task/[^/]+/form-variables");
  private static final Pattern SUBMIT = Pattern.compile(
      "/camunda/api/engine/engine/[^/]+/(task/[^/]+|process-definition/.+)/submit-form");
  private static final String OPTIONS = "accountOptions";

  private final AccountChoices accounts;
  private final ObjectMapper json = new ObjectMapper();

  public PublicationFormsFilter(AccountChoices accounts) {
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !path.startsWith("/camunda/api/engine/")
        || !(FORM.matcher(path).matches() || FORM_VARIABLES.matcher(path).matches() || SUBMIT.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    if (SUBMIT.matcher(path).matches() && "POST".equals(request.getMethod())) {
      chain.doFilter(submitted(request), response);
      return;
    }
    boolean form = FORM.matcher(path).matches();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    byte[] body = buffered.getContentAsByteArray();
    if (buffered.getStatus() == 200 && body.length > 0 && body[0] == '{') {
      JsonNode tree = json.readTree(body);
      boolean changed = form ? withOptions(tree) : withAccountList(tree);
      if (changed) {
        buffered.resetBuffer();
        byte[] rewritten = json.writeValueAsBytes(tree);
        buffered.getOutputStream().write(rewritten);
      }
    }
    buffered.copyBodyToResponse();
  }

  /** The form's account list gets the register's accounts as its options. */
  private boolean withOptions(JsonNode form) {
    boolean changed = false;
    for (JsonNode component : form.path("components")) {
      if (component instanceof ObjectNode field && OPTIONS.equals(field.path("valuesKey").asText())) {
        field.remove("valuesKey");
        ArrayNode values = field.putArray("values");
        for (Map<String, String> option : accounts.options()) {
          values.addObject().put("label", option.get("label")).put("value", option.get("value"));
        }
        changed = true;
      }
    }
    return changed;
  }

  /** accountIds "1,2" as the list ["1","2"] the form's account list checks. */
  private boolean withAccountList(JsonNode variables) {
    if (!(variables.get(PublicationVariables.ACCOUNT_IDS) instanceof ObjectNode variable)
        || !"String".equals(variable.path("type").asText()) || variable.path("value").isNull()) {
      return false;
    }
    variable.put("value", json.valueToTree(AccountChoices.ids(variable.path("value").asText())).toString());
    variable.put("type", "Json");
    variable.putObject("valueInfo");
    return true;
  }

  /** A form's accountIds (a JSON array) as the comma-separated ids the process keeps. */
  private HttpServletRequest submitted(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readAllBytes();
    byte[] rewritten = body;
    if (body.length > 0 && body[0] == '{') {
      JsonNode tree = json.readTree(body);
      if (tree.path("variables").get(PublicationVariables.ACCOUNT_IDS) instanceof ObjectNode variable
          && variable.path("value").isTextual() && variable.path("value").asText().strip().startsWith("[")) {
        variable.put("value", String.join(",", AccountChoices.ids(variable.path("value").asText())));
        variable.put("type", "String");
        variable.remove("valueInfo");
        rewritten = json.writeValueAsBytes(tree);
      }
    }
    return new BodyInMemory(request, rewritten);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
