package org.govmedia.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table of {@code dmn/}, evaluated by the DMN engine alone (no process engine, no
 * Spring): which row answered each evaluation, whether every row was evaluated, and whether every
 * row cites its clause with an annotated catch-all last.
 */
public final class DecisionTable {

  private final String key;
  private final Decision model;
  private final DmnDecision decision;
  private final DmnEngine engine;
  private final Set<String> rowsHit = new HashSet<>();
  private String lastRow;

  private DecisionTable(String key) {
    this.key = key;
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      lastRow = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId();
      rowsHit.add(lastRow);
    }));
    this.engine = configuration.buildEngine();
    try (InputStream in = resource(); InputStream again = resource()) {
      this.decision = engine.parseDecision(key, in);
      this.model = Dmn.readModelFromStream(again).getModelElementById(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table of {@code dmn/<key>.dmn}, as the build puts it on the classpath. */
  public static DecisionTable load(String key) {
    return new DecisionTable(key);
  }

  /** The single result of a FIRST-hit table for these inputs. */
  public DmnDecisionRuleResult evaluate(VariableMap inputs) {
    return engine.evaluateDecisionTable(decision, inputs).getSingleResult();
  }

  /** Every row's result of a COLLECT table for these inputs, in table order. */
  public org.camunda.bpm.dmn.engine.DmnDecisionResult evaluateAll(VariableMap inputs) {
    return engine.evaluateDecision(decision, inputs);
  }

  /** The id of the row that answered the last evaluation (null when none did). */
  public String lastRow() {
    return lastRow;
  }

  /** The decision's bilingual name, its history time to live, a clause on every row, an annotated catch-all last. */
  public void assertNamedAnnotatedWithCatchAll(String name) {
    assertThat(model.getName()).isEqualTo(name);
    assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    List<Rule> rules = new ArrayList<>(model.getModelInstance().getModelElementsByType(Rule.class));
    assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription()).as(rule.getId()).isNotNull()
        .extracting(d -> d.getTextContent()).asString().isNotBlank());
    Rule last = rules.get(rules.size() - 1);
    assertThat(last.getInputEntries()).allSatisfy(entry -> assertThat(entry.getTextContent()).isEqualTo("-"));
    assertThat(last.getDescription().getTextContent()).contains("application default");
  }

  /** The annotation (description) of every row, in table order. */
  public List<String> rowDescriptions() {
    return model.getModelInstance().getModelElementsByType(Rule.class).stream()
        .map(rule -> rule.getDescription() == null ? null : rule.getDescription().getTextContent())
        .toList();
  }

  /** Every row was the answer of at least one evaluation so far. */
  public void assertEveryRowWasEvaluated() {
    Set<String> allRows = model.getModelInstance().getModelElementsByType(Rule.class).stream()
        .map(Rule::getId).collect(Collectors.toSet());
    assertThat(rowsHit).as("rows of %s evaluated", key).containsAll(allRows);
  }

  private InputStream resource() {
    String resource = "dmn/" + key + ".dmn";
    InputStream in = DecisionTable.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource + " on the classpath").isNotNull();
    return in;
  }
}
