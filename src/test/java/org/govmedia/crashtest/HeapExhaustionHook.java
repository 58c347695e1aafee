package org.govmedia.crashtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Test-only: exhausts the heap of the application when a trigger file appears, so that a crash
 * test sees a real OutOfMemoryError during writes. Never part of the application jar: the crash
 * test ({@code EmbeddedDatabaseCrashIT}) copies this class and an auto-configuration entry into a
 * directory that only its own JVM gets on Spring Boot's {@code loader.path}; the trigger is a file
 * in the test's build directory ({@code -Dcrash.oom.trigger=...}), not a request.
 */
@AutoConfiguration
public class HeapExhaustionHook {

  /** Held for good: the memory is never given back, as in a leak. */
  private static final List<byte[]> HOARD = new ArrayList<>();

  public HeapExhaustionHook() {
    String trigger = System.getProperty("crash.oom.trigger");
    if (trigger == null) {
      return;
    }
    Thread watcher = new Thread(() -> {
      try {
        while (!Files.exists(Path.of(trigger))) {
          Thread.sleep(50);
        }
        System.out.println("[crash-test] exhausting the heap now");
        while (true) {
          // Small steps, so that the request threads run into the same wall.
          HOARD.add(new byte[256 * 1024]);
          Thread.sleep(0, 200_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "crash-test-heap-exhaustion");
    watcher.setDaemon(true);
    watcher.start();
  }
}
