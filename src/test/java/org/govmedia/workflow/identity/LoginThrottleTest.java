package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle on its own, on a clock of its own: waits, trusted addresses, bounded memory. */
class LoginThrottleTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Ticker ticker = nanos::get;
  private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5,
      Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 100,
      List.of("127.0.0.1", "::1", "10.1.0.0/16")), ticker);

  @Test
  void aStrangersFailuresMakeOnlyHisAddressWaitLongerAndLonger() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("203.0.113.9");
      assertThat(throttle.waitFor("203.0.113.9")).as("after %d failures", i + 1).isZero();
    }
    long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long seconds : expected) {
      throttle.failed("203.0.113.9");
      assertThat(throttle.waitFor("203.0.113.9")).isEqualTo(Duration.ofSeconds(seconds));
    }
    assertThat(throttle.waitFor("203.0.113.10")).as("another address").isZero();

    advance(Duration.ofSeconds(59));
    assertThat(throttle.waitFor("203.0.113.9")).isEqualTo(Duration.ofSeconds(1));
    advance(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("203.0.113.9")).isZero();
    // Forgotten 15 minutes after the last failure: five free failures again.
    advance(Duration.ofMinutes(15));
    throttle.failed("203.0.113.9");
    assertThat(throttle.waitFor("203.0.113.9")).isZero();
  }

  @Test
  void trustedAddressesAreNeverThrottled() {
    for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "10.1.200.3")) {
      for (int i = 0; i < 20; i++) {
        throttle.failed(address);
      }
      assertThat(throttle.waitFor(address)).as(address).isZero();
    }
    for (int i = 0; i < 6; i++) {
      throttle.failed("10.2.0.1");
    }
    assertThat(throttle.waitFor("10.2.0.1")).as("outside the trusted range").isPositive();
  }

  @Test
  void memoryStaysBoundedWhateverTheNumberOfAddresses() {
    for (int i = 0; i < 5_000; i++) {
      throttle.failed("198.51." + (i / 250) + "." + (i % 250));
    }
    assertThat(throttle.addresses()).isLessThanOrEqualTo(100);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
