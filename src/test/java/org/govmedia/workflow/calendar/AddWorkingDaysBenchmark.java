package org.govmedia.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how many {@link WorkingCalendar#addWorkingDays} calls per second one thread
 * makes over the covered years 2024–2026. Excluded from the normal run; {@code mvn -Pbenchmark}
 * runs it. It asserts nothing about speed, only that the answers are plausible.
 */
@Tag("benchmark")
class AddWorkingDaysBenchmark {

  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long MEASURE_NANOS = 4_000_000_000L;

  @Test
  void addWorkingDaysCallsPerSecond() {
    WorkingCalendar calendar = WorkingCalendar.ofShippedFiles();
    LocalDate first = LocalDate.of(2024, 1, 1);
    int dayCount = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
    LocalDate[] starts = new LocalDate[dayCount];
    for (int i = 0; i < dayCount; i++) {
      starts[i] = first.plusDays(i);
    }

    run(calendar, starts, WARM_UP_NANOS); // warm-up: let the JIT compile the hot path
    long[] result = run(calendar, starts, MEASURE_NANOS);
    long calls = result[0];
    double seconds = result[1] / 1e9;
    System.out.printf("AddWorkingDaysBenchmark: %,d calls in %.2f s = %,.0f calls/second "
        + "(start dates 2024-01-01..2026-12-31, n = 1..10, checksum %d)%n",
        calls, seconds, calls / seconds, result[2]);

    // plausibility only: every answer is a working day after its start, at most n weeks + holidays away
    for (int i = 0; i < dayCount; i += 7) {
      for (int n = 1; n <= 10; n++) {
        LocalDate answer = calendar.addWorkingDays(starts[i], n);
        assertThat(calendar.isWorkingDay(answer)).as("%s + %d = %s", starts[i], n, answer).isTrue();
        assertThat(answer).isAfter(starts[i]).isBefore(starts[i].plusDays(n * 7L + 14));
        assertThat(calendar.workingDaysBetween(starts[i], answer)).isEqualTo(n);
      }
    }
    assertThat(calls).isPositive();
  }

  /** Calls addWorkingDays for about {@code nanos}; returns calls, elapsed nanos and a checksum. */
  private static long[] run(WorkingCalendar calendar, LocalDate[] starts, long nanos) {
    long calls = 0;
    long checksum = 0;
    long begin = System.nanoTime();
    long elapsed;
    int i = 0;
    do {
      for (int batch = 0; batch < 10_000; batch++) {
        int n = 1 + (int) (calls % 10);
        checksum += calendar.addWorkingDays(starts[i], n).toEpochDay();
        i = i + 1 == starts.length ? 0 : i + 1;
        calls++;
      }
      elapsed = System.nanoTime() - begin;
    } while (elapsed < nanos);
    return new long[] {calls, elapsed, checksum};
  }
}
