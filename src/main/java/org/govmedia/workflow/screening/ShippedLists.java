package org.govmedia.workflow.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The lists shipped under {@code screening/}: one tab-separated file per {@link ScreeningCategory}
 * with a header row {@code category wrong correction source}, {@code #} comments (licence, and
 * {@code version: x}), and the file of correct phrases ({@code allowed.tsv}).
 * A malformed row stops the application with the file and line, so a bad list never ships quietly.
 */
public record ShippedLists(List<ScreeningEntry> entries, List<String> allowed, Map<ScreeningCategory, String> versions) {

  static final String HEADER = "category\twrong\tcorrection\tsource";

  public static ShippedLists load() {
    List<ScreeningEntry> entries = new ArrayList<>();
    Map<ScreeningCategory, String> versions = new LinkedHashMap<>();
    for (ScreeningCategory category : ScreeningCategory.values()) {
      versions.put(category, read(category.resource(), category.name(), rows -> {
        for (String[] row : rows) {
          entries.add(new ScreeningEntry(category, row[1], row[2].isEmpty() ? null : row[2], row[3], true));
        }
      }));
    }
    List<String> allowed = new ArrayList<>();
    read(ScreeningCategory.ALLOWED_RESOURCE, ScreeningCategory.ALLOWED,
        rows -> rows.forEach(row -> allowed.add(row[1])));
    return new ShippedLists(List.copyOf(entries), List.copyOf(allowed), Map.copyOf(versions));
  }

  /** The entries of one category, for tests and the corpus. */
  public List<ScreeningEntry> of(ScreeningCategory category) {
    return entries.stream().filter(e -> e.category() == category).toList();
  }

  private static String read(String resource, String category, java.util.function.Consumer<List<String[]>> into) {
    String version = null;
    boolean header = false;
    List<String[]> rows = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#")) {
          int at = line.indexOf("version:");
          if (version == null && at >= 0) {
            version = line.substring(at + "version:".length()).strip().split("\\s+")[0];
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw bad(resource, number, "the header row must be: " + HEADER);
          }
          header = true;
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != 4) {
          throw bad(resource, number, "4 tab-separated columns expected, found " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i].strip();
        }
        if (!row[0].equals(category)) {
          throw bad(resource, number, "category " + row[0] + " in the file of " + category);
        }
        if (row[1].isEmpty() || row[3].isEmpty()) {
          throw bad(resource, number, "the wrong form and the source are required");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read screening list " + resource, e);
    }
    if (version == null) {
      throw bad(resource, 1, "a comment line must give 'version: x'");
    }
    into.accept(rows);
    return version;
  }

  private static IllegalStateException bad(String resource, int line, String why) {
    return new IllegalStateException("screening list " + resource + " line " + line + ": " + why);
  }
}
