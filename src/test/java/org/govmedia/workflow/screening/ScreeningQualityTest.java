package org.govmedia.workflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The screener's quality as a number, on the labelled corpus {@code screening/corpus.tsv}: recall
 * per category (an error counts as found when a hit of its category starts and ends exactly at the
 * marked words) and the false-alarm rate (correct sentences with any hit). The corpus's correct
 * sentences are joined by one generated sentence per correction in the lists, so the correct form
 * of every listed error is screened too. Prints the table the README shows.
 */
class ScreeningQualityTest {

  record Labelled(String category, String text, List<int[]> marks) {}

  private static ScreeningMatcher matcher;
  private static ShippedLists lists;

  @BeforeAll
  static void build() {
    lists = ShippedLists.load();
    matcher = new ScreeningMatcher(lists.entries(), lists.allowed());
  }

  static List<Labelled> corpus() throws IOException {
    String all = new ClassPathResource("screening/corpus.tsv").getContentAsString(StandardCharsets.UTF_8);
    List<Labelled> rows = new ArrayList<>();
    for (String line : all.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      StringBuilder text = new StringBuilder();
      List<int[]> marks = new ArrayList<>();
      int open = -1;
      for (char c : columns[1].toCharArray()) {
        if (c == '【') {
          open = text.length();
        } else if (c == '】') {
          marks.add(new int[] {open, text.length()});
        } else {
          text.append(c);
        }
      }
      rows.add(new Labelled(columns[0], text.toString(), marks));
    }
    return rows;
  }

  @Test
  void recallOnEveryCategoryAndFalseAlarmsOnCorrectOfficialLanguageMeetTheirTargets() throws IOException {
    Map<ScreeningCategory, int[]> found = new EnumMap<>(ScreeningCategory.class);
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    int clean = 0;
    for (Labelled row : corpus()) {
      List<ScreeningHit> hits = matcher.screen("body", row.text());
      if (row.category().equals("CLEAN")) {
        clean++;
        if (!hits.isEmpty()) {
          falseAlarms.add(row.text() + " → " + hits.stream().map(ScreeningHit::describe).toList());
        }
        continue;
      }
      ScreeningCategory category = ScreeningCategory.valueOf(row.category());
      assertThat(row.marks()).as("a sentence of a category marks its error: %s", row.text()).isNotEmpty();
      for (int[] mark : row.marks()) {
        int[] counts = found.computeIfAbsent(category, c -> new int[2]);
        counts[1]++;
        boolean caught = hits.stream().anyMatch(h -> h.category() == category && h.start() == mark[0]
            && h.end() == mark[1]);
        if (caught) {
          counts[0]++;
        } else {
          missed.add(category + ": " + row.text() + " → " + hits.stream().map(ScreeningHit::describe).toList());
        }
      }
    }
    // The correct form of every listed error, each in a sentence of its own.
    int generated = 0;
    for (ScreeningEntry entry : lists.entries()) {
      if (entry.correction() != null && !entry.correction().startsWith("删")) {
        generated++;
        List<ScreeningHit> hits = matcher.screen("body", "会议指出，" + entry.correction() + "相关工作要抓好落实。");
        if (!hits.isEmpty()) {
          falseAlarms.add(entry.correction() + " → " + hits.stream().map(ScreeningHit::describe).toList());
        }
      }
    }
    int correct = clean + generated;

    StringBuilder table = new StringBuilder("\n| 类别 category | 标注错误 marked | 检出 found | 检出率 recall |\n|---|---:|---:|---:|\n");
    int allMarked = 0;
    int allFound = 0;
    for (ScreeningCategory category : ScreeningCategory.values()) {
      int[] counts = found.getOrDefault(category, new int[2]);
      allMarked += counts[1];
      allFound += counts[0];
      table.append(String.format("| %s `%s` | %d | %d | %.1f%% |%n", category.chinese(), category.name(), counts[1],
          counts[0], 100.0 * counts[0] / Math.max(1, counts[1])));
    }
    table.append(String.format("| 合计 all | %d | %d | %.1f%% |%n", allMarked, allFound, 100.0 * allFound / allMarked));
    table.append(String.format("%n误报 false alarms: %d of %d correct sentences (%d written, %d generated from the "
        + "lists' corrections) = %.2f%%%n", falseAlarms.size(), correct, clean, generated,
        100.0 * falseAlarms.size() / correct));
    System.out.println(table);
    missed.forEach(m -> System.out.println("missed: " + m));
    falseAlarms.forEach(f -> System.out.println("false alarm: " + f));

    for (ScreeningCategory category : ScreeningCategory.values()) {
      int[] counts = found.get(category);
      assertThat(counts).as("the corpus has sentences of %s", category).isNotNull();
      assertThat(counts[1]).as("sentences of %s", category).isGreaterThanOrEqualTo(8);
      assertThat(100.0 * counts[0] / counts[1]).as("recall of %s (missed: %s)", category, missed)
          .isGreaterThanOrEqualTo(95.0);
    }
    assertThat(clean).as("written correct sentences").isGreaterThanOrEqualTo(80);
    assertThat(100.0 * falseAlarms.size() / correct).as("false-alarm rate (%s)", falseAlarms).isLessThanOrEqualTo(2.0);
  }
}
