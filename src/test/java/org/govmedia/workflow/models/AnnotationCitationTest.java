package org.govmedia.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * What an analyst reads beside a number: every DMN row and every BPMN annotation in dmn/ and bpmn/
 * cites the clause its words come from (gaoxian 7(3), yakeshi art. 20, yanchi §1, yanchi annex 2
 * art. 5, the national checklist 国办秘函〔2019〕19号) or says that the number is an application
 * default; none speaks of a "seed", a word an analyst does not know.
 */
class AnnotationCitationTest {

  /** A clause of one of the five regulations, or the national checklist. */
  private static final Pattern CLAUSE = Pattern.compile(
      "(baicheng|yakeshi|henan|yanchi|gaoxian)(-\\d{4})?:? (art\\. \\d+|§\\d|annex \\d|\\d+\\(\\d+\\)|\\d+\\b)"
          + "|国办秘函〔2019〕19号");

  private record Annotation(String where, String text) {}

  private static List<Annotation> annotations() throws IOException {
    List<Annotation> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("dmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
        for (Rule rule : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Rule.class)) {
          all.add(new Annotation(file.getFileName() + "#" + rule.getId(),
              rule.getDescription() == null ? "" : rule.getDescription().getTextContent()));
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        for (TextAnnotation note : Bpmn.readModelFromFile(file.toFile())
            .getModelElementsByType(TextAnnotation.class)) {
          all.add(new Annotation(file.getFileName() + "#" + note.getId(),
              note.getText() == null ? "" : note.getText().getTextContent()));
        }
      }
    }
    return all;
  }

  @Test
  void everyAnnotationCitesAClauseOrSaysApplicationDefault() throws IOException {
    List<Annotation> all = annotations();
    assertThat(all).hasSizeGreaterThan(50);
    assertThat(all).allSatisfy(a -> assertThat(CLAUSE.matcher(a.text()).find()
        || a.text().contains("application default")).as(a.where() + ": " + a.text()).isTrue());
  }

  @Test
  void noAnnotationSpeaksOfASeed() throws IOException {
    assertThat(annotations()).allSatisfy(a -> assertThat(a.text().toLowerCase())
        .as(a.where()).doesNotContain("seed"));
  }

  @Test
  void anApplicationDefaultSaysSoInChineseToo() throws IOException {
    assertThat(annotations()).filteredOn(a -> a.text().contains("application default: the regulation"))
        .isNotEmpty().allSatisfy(a -> assertThat(a.text()).as(a.where())
            .contains("应用默认值：规定未给出具体数字"));
  }

  @Test
  void theMisquotedClausesOfIssue17AreGone() throws IOException {
    List<Annotation> all = annotations();
    // yakeshi art. 13 is about civil servants' personal accounts, not the review chain.
    assertThat(all).filteredOn(a -> a.where().startsWith("review-chain.dmn")
        || a.where().startsWith("content-publication.bpmn"))
        .allSatisfy(a -> assertThat(a.text()).as(a.where()).doesNotContain("yakeshi art. 13"));
    // gaoxian 2(2)'s own words on duty reading.
    assertThat(all).filteredOn(a -> a.where().startsWith("duty-roster-lead.dmn")).first()
        .satisfies(a -> assertThat(a.text()).contains("需实行单位负责人值班带班制度,并安排人员轮流值班读网"));
    // baicheng art. 14 is the higher authorities' notice, not the bureau's own report.
    assertThat(all).filteredOn(a -> a.where().startsWith("report-deadline.dmn"))
        .allSatisfy(a -> assertThat(a.text()).as(a.where()).doesNotContain("每季度公开运营情况"));
  }
}
