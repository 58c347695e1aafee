package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Supervisors pressing 导出 at the same moment read the register once: who asks for the same
 * filters while that read runs gets its file; other filters are read on their own.
 */
class RegisterExportsTest {

  private final RegisterExports exports = new RegisterExports();

  @Test
  void aSecondCallerWhileTheSameExportIsReadGetsThatFileWithoutReadingAgain() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger reads = new AtomicInteger();
    CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> exports.export("ACTIVE", () -> {
      reads.incrementAndGet();
      reading.countDown();
      await(release);
      return List.of();
    }, false));
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<byte[]> second = new CompletableFuture<>();
    Thread secondCaller = new Thread(() -> second.complete(exports.export("ACTIVE", () -> {
      reads.incrementAndGet();
      return List.of();
    }, false)));
    secondCaller.start();
    while (secondCaller.getState() != Thread.State.WAITING && secondCaller.isAlive()) {
      Thread.onSpinWait(); // until the second caller waits for the first one's file
    }
    assertThat(reads).hasValue(1);
    release.countDown();
    assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
    assertThat(reads).hasValue(1);

    exports.export("ACTIVE", () -> {
      reads.incrementAndGet();
      return List.of();
    }, false);
    assertThat(reads).as("after the read is over, the next caller reads again").hasValue(2);
    exports.export("WARNED", () -> {
      reads.incrementAndGet();
      return List.of();
    }, true);
    assertThat(reads).hasValue(3);
  }

  @Test
  void aCallerWhoMayNotReadPhoneNumbersNeverGetsTheFileOfOneWhoMay() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger reads = new AtomicInteger();
    CompletableFuture<byte[]> withPhones = CompletableFuture.supplyAsync(() -> exports.export("ACTIVE", () -> {
      reads.incrementAndGet();
      reading.countDown();
      await(release);
      return List.of();
    }, true));
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    // The same filters while the file with phone numbers is being read: read on its own, not shared.
    exports.export("ACTIVE", () -> {
      reads.incrementAndGet();
      return List.of();
    }, false);
    assertThat(reads).hasValue(2);
    release.countDown();
    withPhones.get(10, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
