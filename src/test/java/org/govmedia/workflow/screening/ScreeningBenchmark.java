package org.govmedia.workflow.screening;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of screening (target: a 5,000-character item in at most 5 ms at 10,000 list entries, one
 * core), and the choice of automaton: hankcs's double-array Aho-Corasick against robert-bor's, on
 * the same entries and text. The lists are the shipped ones padded with generated words of 2 to 6
 * common characters to 10,000 entries; the item is the labelled corpus's sentences (errors, personal
 * data and correct ones) repeated to 5,000 characters. Run pinned to one core:
 * {@code taskset -c 0 ./mvnw -B -ntp -q verify -Pbenchmark -Dtest=ScreeningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class ScreeningBenchmark {

  private static final int ENTRIES = 10_000;
  private static final int LENGTH = 5_000;
  private static final int WARM_UP = 3_000;
  private static final int RUNS = 5_000;
  private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
      + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
      + "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
      + "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

  private static List<ScreeningEntry> entries(ShippedLists lists) {
    List<ScreeningEntry> entries = new ArrayList<>(lists.entries());
    Set<String> words = new HashSet<>();
    entries.forEach(e -> words.add(e.word()));
    Random random = new Random(21);
    ScreeningCategory[] categories = Arrays.stream(ScreeningCategory.values())
        .filter(ScreeningCategory::listed).toArray(ScreeningCategory[]::new);
    while (entries.size() < ENTRIES) {
      int length = 2 + random.nextInt(5);
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.append(COMMON.charAt(random.nextInt(COMMON.length())));
      }
      if (words.add(word.toString())) {
        entries.add(new ScreeningEntry(categories[entries.size() % categories.length], word.toString(), "更正",
            "基准测试生成的词条", false));
      }
    }
    return entries;
  }

  private static String item() throws Exception {
    StringBuilder text = new StringBuilder();
    List<ScreeningQualityTest.Labelled> corpus = ScreeningQualityTest.corpus();
    while (text.length() < LENGTH) {
      for (ScreeningQualityTest.Labelled row : corpus) {
        text.append(row.text());
      }
    }
    return text.substring(0, LENGTH);
  }

  /** Wall-clock figures, and the thread's CPU time (what the screening itself costs on a busy machine). */
  private record Figures(double meanMs, double p50Ms, double p99Ms, double maxMs, double cpuMeanMs, double cpuP99Ms,
      int hits) {}

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static Figures measure(String text, ToIntFunction<String> screening) {
    int hits = 0;
    for (int i = 0; i < WARM_UP; i++) {
      hits = screening.applyAsInt(text);
    }
    long[] times = new long[RUNS];
    long[] cpu = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long cpuStart = CPU.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      hits = screening.applyAsInt(text);
      times[i] = System.nanoTime() - start;
      cpu[i] = CPU.getCurrentThreadCpuTime() - cpuStart;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    double mean = Arrays.stream(times).average().orElse(0) / 1e6;
    double cpuMean = Arrays.stream(cpu).average().orElse(0) / 1e6;
    return new Figures(mean, times[RUNS / 2] / 1e6, times[RUNS * 99 / 100] / 1e6, times[RUNS - 1] / 1e6, cpuMean,
        cpu[RUNS * 99 / 100] / 1e6, hits);
  }

  @Test
  void aFiveThousandCharacterItemAtTenThousandEntries() throws Exception {
    ShippedLists lists = ShippedLists.load();
    List<ScreeningEntry> entries = entries(lists);
    String text = item();

    long t0 = System.nanoTime();
    TreeMap<String, ScreeningEntry> keys = new TreeMap<>();
    entries.forEach(e -> keys.putIfAbsent(e.word(), e));
    AhoCorasickDoubleArrayTrie<ScreeningEntry> hankcs = new AhoCorasickDoubleArrayTrie<>();
    hankcs.build(keys);
    long t1 = System.nanoTime();
    PayloadTrie.PayloadTrieBuilder<ScreeningEntry> builder = PayloadTrie.builder();
    keys.forEach(builder::addKeyword);
    PayloadTrie<ScreeningEntry> robertBor = builder.build();
    long t2 = System.nanoTime();
    ScreeningMatcher matcher = new ScreeningMatcher(entries, lists.allowed());
    long t3 = System.nanoTime();

    Figures doubleArray = measure(text, s -> {
      int[] count = {0};
      hankcs.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<ScreeningEntry>) (begin, end, value) -> count[0]++);
      return count[0];
    });
    Figures trie = measure(text, s -> robertBor.parseText(s).size());
    Figures screener = measure(text, s -> matcher.screen("body", s).size());

    System.out.printf("%nScreening benchmark: %d list entries (%d shipped), %d-character item, %d runs after %d warm-up,"
        + " Java %s, %d processor(s) available%n", entries.size(), lists.entries().size(), text.length(), RUNS,
        WARM_UP, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    System.out.printf("machine load average (1 min): %.1f%n", ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
    System.out.println("| automaton | build | wall mean | wall p50 | wall p99 | wall max | CPU mean | CPU p99 | matches |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    row("hankcs double-array (raw matches)", (t1 - t0) / 1e6, doubleArray);
    row("robert-bor PayloadTrie (raw matches)", (t2 - t1) / 1e6, trie);
    row("ScreeningMatcher (double-array + allowed phrases + personal data)", (t3 - t2) / 1e6, screener);
    System.out.printf("double-array is %.1f× faster than robert-bor on this item%n", trie.meanMs() / doubleArray.meanMs());
  }

  private static void row(String name, double buildMs, Figures f) {
    System.out.printf("| %s | %.0f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %d |%n", name,
        buildMs, f.meanMs(), f.p50Ms(), f.p99Ms(), f.maxMs(), f.cpuMeanMs(), f.cpuP99Ms(), f.hits());
  }
}
