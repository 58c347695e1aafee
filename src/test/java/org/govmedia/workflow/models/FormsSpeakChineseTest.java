package org.govmedia.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Camunda Forms a clerk fills (all but the publication forms, which the review chain owns):
 * Chinese only, every code shown by its Chinese name, dates typed as 年-月-日 (no English date
 * picker), closed lists offered as selects, the deployment's default rule set preselected.
 */
class FormsSpeakChineseTest {

  private static final Path FORMS = Path.of("bpmn/forms");
  /** Two Latin letters in a row: an English word (the few technical words allowed are removed first). */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
  private static final Set<String> CODE_KEYS =
      Set.of("platform", "accountPlatform", "classification", "escalationAction", "ruleSet", "filingEvent",
          "accountClass", "handoverRole", "changeReason");
  private static final Set<String> CLOSED_LISTS = Set.of("department", "ownerUnit");

  static Stream<Path> clerkForms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form"))
          .filter(f -> !f.getFileName().toString().startsWith("publication-")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("clerkForms")
  void speaksChineseOnlyAndShowsCodesByTheirChineseNames(Path form) throws IOException {
    List<String> problems = new ArrayList<>();
    for (JsonNode field : fields(form)) {
      for (String property : List.of("label", "text", "description")) {
        String text = field.path(property).asText("");
        if (ENGLISH.matcher(text.replaceAll("HTML|CSV|editor1|App", "")).find()) {
          problems.add(field.path("id").asText() + "." + property + " has English: " + text);
        }
      }
      for (JsonNode value : field.path("values")) {
        if (ENGLISH.matcher(value.path("label").asText()).find()) {
          problems.add(field.path("id").asText() + " option has English: " + value.path("label").asText());
        }
      }
      String key = field.path("key").asText("");
      String type = field.path("type").asText();
      if (type.equals("datetime")) {
        problems.add(key + ": an English date picker (type datetime); dates are typed as 年-月-日");
      }
      if ((CODE_KEYS.contains(key) || (CLOSED_LISTS.contains(key) && !field.path("readonly").asBoolean()))
          && !type.equals("select") && !type.equals("radio")) {
        problems.add(key + ": a code or closed list shown as " + type + ", not as a select of Chinese names");
      }
      if (key.equals("receivedAt")) {
        problems.add("receivedAt shown raw (ISO, UTC offset): the form shows receivedAtText");
      }
    }
    assertThat(problems).as(form.getFileName().toString()).isEmpty();
  }

  @Test
  void ruleSetsAreOfferedByJurisdictionWithTheDeploymentsDefaultPreselectedAndNamed() throws IOException {
    String defaultRuleSet = defaultRuleSet();
    int starts = 0;
    for (Path form : clerkForms().toList()) {
      for (JsonNode field : fields(form)) {
        if (!field.path("key").asText().equals("ruleSet") || field.path("readonly").asBoolean()) {
          continue;
        }
        starts++;
        assertThat(field.path("defaultValue").asText()).as(form + " preselects the default").isEqualTo(defaultRuleSet);
        for (JsonNode value : field.path("values")) {
          boolean isDefault = value.path("value").asText().equals(defaultRuleSet);
          assertThat(value.path("label").asText().contains("本单位默认")).as(form + " " + value).isEqualTo(isDefault);
          assertThat(value.path("label").asText()).as("named by its jurisdiction").matches("^\\p{IsHan}.*");
        }
      }
    }
    assertThat(starts).as("start forms offering a rule set").isGreaterThanOrEqualTo(4);
  }

  private static String defaultRuleSet() throws IOException {
    try (InputStream yaml = Files.newInputStream(Path.of("src/main/resources/application.yaml"))) {
      Map<String, Object> root = new Yaml().load(yaml);
      @SuppressWarnings("unchecked")
      Map<String, Object> govmedia = (Map<String, Object>) root.get("govmedia");
      return (String) govmedia.get("default-rule-set");
    }
  }

  private static List<JsonNode> fields(Path form) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    collect(new ObjectMapper().readTree(form.toFile()).path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collect(component.path("components"), all);
    }
  }
}
