package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines for a string variable: all when they fit, else the first or the last ones and a note. */
class VariableTextTest {

  private static final List<String> LINES = List.of("aaaa", "bbbb", "cccc");

  @Test
  void linesThatFitAreAllShown() {
    assertThat(VariableText.fit(LINES, 14, n -> "+" + n, false)).isEqualTo("aaaa\nbbbb\ncccc");
  }

  @Test
  void pastTheLimitTheFirstLinesAndANoteAfterThem() {
    assertThat(VariableText.fit(LINES, 12, n -> "+" + n, false)).isEqualTo("aaaa\nbbbb\n+1");
  }

  @Test
  void pastTheLimitTheLastLinesAfterANote() {
    assertThat(VariableText.fit(LINES, 12, n -> "+" + n, true)).isEqualTo("+1\nbbbb\ncccc");
  }

  @Test
  void aLineLongerThanTheLimitLeavesOnlyTheNote() {
    assertThat(VariableText.fit(List.of("x".repeat(20)), 10, n -> "+" + n, true)).isEqualTo("+1");
  }
}
