package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.govmedia.workflow.screening.ScreeningHit;
import org.govmedia.workflow.screening.ScreeningKind;
import org.junit.jupiter.api.Test;

/** What reviewers read of a screening: one line per hit, within what a string variable holds. */
class ScreeningResultTest {

  private static ScreeningHit hit(int at) {
    return new ScreeningHit("body", "限时抢购", at, at + 4, ScreeningKind.ADVERTISING, null);
  }

  @Test
  void noHitsSaysSo() {
    assertThat(new ScreeningResult("v1", List.of()).describe(4000)).isEqualTo("无命中");
  }

  @Test
  void everyHitIsALineWhenTheyFit() {
    String text = new ScreeningResult("v1", List.of(hit(3), hit(40))).describe(4000);
    assertThat(text.lines()).containsExactly("正文第4字起「限时抢购」：商业广告",
        "正文第41字起「限时抢购」：商业广告");
  }

  @Test
  void tooManyHitsStopWithinTheLimitAndSayHowManyMoreTheRecordHas() {
    List<ScreeningHit> hits = IntStream.range(0, 500).mapToObj(i -> hit(i * 10)).toList();
    String text = new ScreeningResult("v1", hits).describe(4000);
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    List<String> lines = text.lines().toList();
    int shown = lines.size() - 1;
    assertThat(lines.get(0)).isEqualTo("正文第1字起「限时抢购」：商业广告");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("…… 另有 " + (500 - shown) + " 处命中，见登记审核表");
  }

  @Test
  void aListThatFitsExactlyIsNotCut() {
    List<ScreeningHit> hits = List.of(hit(1), hit(2));
    String full = new ScreeningResult("v1", hits).describe(4000);
    assertThat(new ScreeningResult("v1", hits).describe(full.length())).isEqualTo(full);
  }
}
