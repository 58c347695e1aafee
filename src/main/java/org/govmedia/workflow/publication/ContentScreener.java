package org.govmedia.workflow.publication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Screens a text in one pass over every word of the curated lists (the shipped files of
 * {@code screening/} plus the words an administrator added), with an Aho-Corasick automaton.
 */
@Service
public class ContentScreener {

  /** A list entry: the word, its list, and for an erroneous expression its correct form. */
  public record Entry(ScreeningKind kind, String word, String correction, boolean shipped) {}

  private final ScreeningWordRepository added;
  private volatile List<Entry> entries = List.of();
  private volatile PayloadTrie<Entry> trie;
  private volatile String version = "";

  public ContentScreener(ScreeningWordRepository added) {
    this.added = added;
    reload();
  }

  /** Rebuilds the automaton from the shipped lists and the database (also every 5 minutes, so a
   *  word added on another node arrives here). */
  @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
  public synchronized void reload() {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    List<String> versions = new ArrayList<>();
    for (ScreeningKind kind : ScreeningKind.values()) {
      versions.add(kind.name() + " " + readShipped(kind, byKey));
    }
    for (ScreeningWord word : added.findAll()) {
      byKey.putIfAbsent(word.getKind() + "|" + word.getWord(),
          new Entry(word.getKind(), word.getWord(), word.getCorrection(), false));
    }
    PayloadTrie.PayloadTrieBuilder<Entry> builder = PayloadTrie.builder();
    byKey.values().forEach(entry -> builder.addKeyword(entry.word(), entry));
    this.entries = List.copyOf(byKey.values());
    this.trie = builder.build();
    this.version = String.join("; ", versions) + "; +" + (entries.stream().filter(e -> !e.shipped()).count()) + " added";
  }

  /** Every hit in the text, in order of position. */
  public List<ScreeningHit> screen(String field, String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<ScreeningHit> hits = new ArrayList<>();
    for (PayloadEmit<Entry> emit : trie.parseText(text)) {
      Entry entry = emit.getPayload();
      hits.add(new ScreeningHit(field, emit.getKeyword(), emit.getStart(), emit.getEnd() + 1,
          entry.kind(), entry.correction()));
    }
    hits.sort(Comparator.comparingInt(ScreeningHit::start));
    return hits;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The lists' versions, recorded beside every screening result. */
  public String version() {
    return version;
  }

  private static String readShipped(ScreeningKind kind, Map<String, Entry> into) {
    String fileVersion = "unversioned";
    var resource = new ClassPathResource(kind.resource());
    try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.startsWith("# version:")) {
          fileVersion = line.substring("# version:".length()).strip().split("\\s+")[0];
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String word = line;
        String correction = null;
        int arrow = line.indexOf("=>");
        if (arrow > 0) {
          word = line.substring(0, arrow).strip();
          correction = line.substring(arrow + 2).strip();
        }
        into.putIfAbsent(kind + "|" + word, new Entry(kind, word, correction, true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read screening list " + kind.resource(), e);
    }
    return fileVersion;
  }
}
