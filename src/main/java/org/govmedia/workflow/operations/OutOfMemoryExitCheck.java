package org.govmedia.workflow.operations;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the JVM would live on after an OutOfMemoryError: a JVM that has run out of
 * memory once is half-dead (threads gone, the embedded database's writer in an unknown state), so
 * the application is meant to run with {@code -XX:+ExitOnOutOfMemoryError} and be restarted
 * (README, "Crashes and the embedded database").
 */
@Component
public class OutOfMemoryExitCheck {

  private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExitCheck.class);

  @EventListener(ApplicationReadyEvent.class)
  public void warnWithoutExitOnOutOfMemory() {
    if (!exitsOnOutOfMemory()) {
      LOG.warn("JVM started without -XX:+ExitOnOutOfMemoryError: after an OutOfMemoryError it"
          + " would keep running half-dead instead of exiting for a restart");
    }
  }

  static boolean exitsOnOutOfMemory() {
    try {
      HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotspot == null || Boolean.parseBoolean(hotspot.getVMOption("ExitOnOutOfMemoryError").getValue())
          || Boolean.parseBoolean(hotspot.getVMOption("CrashOnOutOfMemoryError").getValue());
    } catch (IllegalArgumentException e) {
      return true; // not a HotSpot JVM: nothing to say
    }
  }
}
