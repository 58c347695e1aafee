package org.govmedia.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.process.LadderAction;
import org.govmedia.workflow.process.RuleSet;
import org.govmedia.workflow.reply.MessageValidator;
import org.govmedia.workflow.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One vocabulary: the rule sets ({@link RuleSet}) and the platforms ({@link AccountPlatform}) are
 * listed once in Java, and every form's options, every DMN table's {@code ruleSet} input and the
 * validators agree with them. Adding a rule set to the enum makes this test name each form and
 * table that still lacks it.
 */
class VocabularyTest {

  private static final Path FORMS = Path.of("bpmn/forms");
  private static final Path DECISIONS = Path.of("dmn");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Set<String> RULE_SETS = Set.copyOf(RuleSet.ids());
  private static final Set<String> PLATFORMS =
      Set.copyOf(Arrays.stream(AccountPlatform.values()).map(Enum::name).toList());

  @Test
  void everyFormOffersExactlyTheRuleSetsAndPlatforms() throws IOException {
    List<String> checked = new ArrayList<>();
    try (Stream<Path> forms = Files.list(FORMS)) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode field : optionFields(new ObjectMapper().readTree(form.toFile()))) {
          String key = field.path("key").asText();
          Set<String> options = new LinkedHashSet<>();
          field.path("values").forEach(v -> options.add(v.path("value").asText()));
          if (key.equals("ruleSet")) {
            assertThat(options).as(form.getFileName() + " " + key).isEqualTo(RULE_SETS);
            checked.add(form.getFileName() + "#" + key);
          } else if (key.equals("platform") || key.equals("accountPlatform")) {
            assertThat(options).as(form.getFileName() + " " + key).isEqualTo(PLATFORMS);
            checked.add(form.getFileName() + "#" + key);
          }
        }
      }
    }
    assertThat(checked).as("forms with rule-set or platform options").hasSizeGreaterThan(20);
  }

  /**
   * A code has one Chinese name wherever a clerk reads it: every form's option label names the rule
   * set, platform or ladder measure as the enum does (a label may add to it: 高县（2023年）（本单位默认）,
   * 警告（提醒） where the regulation says 警告).
   */
  @Test
  void everyFormLabelsTheCodesWithTheirOneChineseName() throws IOException {
    Map<String, Map<String, String>> names = Map.of(
        "ruleSet", names(Arrays.stream(RuleSet.values()), RuleSet::id, RuleSet::chineseName),
        "platform", names(Arrays.stream(AccountPlatform.values()), Enum::name, AccountPlatform::chineseName),
        "accountPlatform", names(Arrays.stream(AccountPlatform.values()), Enum::name, AccountPlatform::chineseName),
        "escalationAction", names(Arrays.stream(LadderAction.values()), Enum::name, LadderAction::chineseName),
        "measure", names(Arrays.stream(LadderAction.values()), Enum::name, LadderAction::chineseName));
    List<String> checked = new ArrayList<>();
    try (Stream<Path> forms = Files.list(FORMS)) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode field : optionFields(new ObjectMapper().readTree(form.toFile()))) {
          Map<String, String> expected = names.get(field.path("key").asText());
          if (expected == null) {
            continue;
          }
          for (JsonNode option : field.path("values")) {
            String code = option.path("value").asText();
            assertThat(option.path("label").asText())
                .as(form.getFileName() + " " + field.path("key").asText() + " " + code)
                .contains(expected.get(code));
            checked.add(form.getFileName() + "#" + code);
          }
        }
      }
    }
    assertThat(checked).as("labelled options").hasSizeGreaterThan(200);
    // The same names where no form lists the code: stored codes read back in pages and files.
    assertThat(LadderAction.nameOf("DISCRETION")).isEqualTo("由主管单位酌定");
    assertThat(LadderAction.nameOf(null)).isEqualTo("待定");
    assertThat(LadderAction.nameOf("SOMETHING_NEW")).isEqualTo("其他措施");
    assertThat(RuleSet.nameOf("gaoxian-2023", "?")).isEqualTo("高县（2023年）");
    assertThat(RuleSet.nameOf("shanghai-2030", "其他规则集")).isEqualTo("其他规则集");
  }

  private static <T> Map<String, String> names(Stream<T> values, Function<T, String> code,
      Function<T, String> name) {
    return values.collect(Collectors.toMap(code, name));
  }

  @Test
  void everyDecisionOnTheRuleSetKnowsExactlyTheRuleSets() throws Exception {
    List<String> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(DECISIONS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
        Document dmn = parse(file);
        NodeList inputs = dmn.getElementsByTagNameNS("*", "input");
        List<Element> columns = new ArrayList<>();
        for (int i = 0; i < inputs.getLength(); i++) {
          columns.add((Element) inputs.item(i));
        }
        for (int column = 0; column < columns.size(); column++) {
          Element input = columns.get(column);
          if (!text(input, "inputExpression").equals("ruleSet")) {
            continue;
          }
          tables.add(file.getFileName().toString());
          String values = text(input, "inputValues");
          assertThat(quoted(values)).as(file.getFileName() + " inputValues").isEqualTo(RULE_SETS);
          NodeList rules = dmn.getElementsByTagNameNS("*", "rule");
          for (int r = 0; r < rules.getLength(); r++) {
            Element entry = (Element) ((Element) rules.item(r))
                .getElementsByTagNameNS("*", "inputEntry").item(column);
            String condition = entry.getTextContent().strip();
            assertThat(RULE_SETS).as(file.getFileName() + " rule " + (r + 1) + ": " + condition)
                .containsAll(quoted(condition));
          }
        }
      }
    }
    assertThat(tables).as("tables with a ruleSet input").hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void theValidatorsAcceptEveryRuleSetAndPlatformAndNothingElse() {
    AccountValidator accounts = new AccountValidator();
    MessageValidator messages = new MessageValidator();
    for (String ruleSet : RuleSet.ids()) {
      assertThat(accounts.ruleSet(ruleSet, null)).isEqualTo(ruleSet);
      assertThat(messages.validate(message("WECHAT", ruleSet)).ruleSet()).isEqualTo(ruleSet);
    }
    for (String platform : PLATFORMS) {
      assertThat(messages.validate(message(platform, null)).platform().name()).isEqualTo(platform);
    }
    assertThatThrownBy(() -> accounts.ruleSet("shanghai-2030", null))
        .isInstanceOf(BadRequestException.class).hasMessageContaining(RuleSet.ids().toString());
    assertThatThrownBy(() -> messages.validate(message("WECHAT", "shanghai-2030")))
        .hasMessageContaining("shanghai-2030");
    assertThatThrownBy(() -> messages.validate(message("FAX", null))).hasMessageContaining("FAX");
  }

  private static Map<String, Object> message(String platform, String ruleSet) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("messageId", "VOCAB-1");
    variables.put("platform", platform);
    variables.put("receivedAt", "2025-09-26T10:00:00+08:00");
    variables.put("content", "请问社保卡如何补办？");
    if (ruleSet != null) {
      variables.put("ruleSet", ruleSet);
    }
    return variables;
  }

  private static List<JsonNode> optionFields(JsonNode node) {
    List<JsonNode> fields = new ArrayList<>();
    if (node.has("values") && node.path("values").isArray() && node.has("key")) {
      fields.add(node);
    }
    node.path("components").forEach(child -> fields.addAll(optionFields(child)));
    return fields;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Element parent, String child) {
    NodeList nodes = parent.getElementsByTagNameNS("*", child);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  private static Set<String> quoted(String text) {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}
