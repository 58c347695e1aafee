package org.govmedia.workflow.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Failed logins counted per client address, in front of the engine: after the free failures an
 * address waits before its next login attempt is even looked at, the wait doubling with each further
 * failure up to a maximum. A stranger's wrong passwords slow the stranger's address, never the user
 * whose name was tried (the engine's own per-user lock is switched off, application.yaml). Successful
 * logins do not wipe an address's failures (a caller with an account of his own could otherwise
 * reset his count between guesses); they are forgotten some time after the last failure. Memory is
 * bounded: at most {@code maxAddresses} addresses, the least recently failing dropped first.
 */
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final LoginThrottleProperties settings;
  private final Ticker ticker;
  private final List<IpAddressMatcher> trusted;
  private final Cache<String, Failures> failures;

  /** Failures of one address and the moment (ticker nanos) before which it must wait. */
  private record Failures(int count, long waitUntil) {}

  public LoginThrottle(LoginThrottleProperties settings) {
    this(settings, Ticker.systemTicker());
  }

  LoginThrottle(LoginThrottleProperties settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
    this.trusted = settings.trustedAddresses() == null ? List.of()
        : settings.trustedAddresses().stream().filter(address -> !address.isBlank())
            .map(String::trim).map(IpAddressMatcher::new).toList();
    this.failures = Caffeine.newBuilder().maximumSize(settings.maxAddresses())
        .expireAfterWrite(settings.forgetAfter()).ticker(ticker).build();
  }

  public boolean trusted(String address) {
    return trusted.stream().anyMatch(matcher -> matches(matcher, address));
  }

  /** How long the address must still wait before a login attempt is looked at; zero if not. */
  public Duration waitFor(String address) {
    if (trusted(address)) {
      return Duration.ZERO;
    }
    Failures known = failures.getIfPresent(address);
    long left = known == null ? 0 : known.waitUntil() - ticker.read();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** A failed login from the address (wrong user or password). */
  public void failed(String address) {
    if (trusted(address)) {
      return;
    }
    Failures now = failures.asMap().compute(address, (key, known) -> {
      int count = known == null ? 1 : known.count() + 1;
      return new Failures(count, ticker.read() + delay(count).toNanos());
    });
    if (now.count() > settings.freeFailures()) {
      LOG.warn("Login failures from {}: {}; its next attempt is refused for {} s", address,
          now.count(), delay(now.count()).toSeconds());
    }
  }

  /** The wait after the given number of failures. */
  Duration delay(int count) {
    int beyond = count - settings.freeFailures();
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    Duration max = settings.maxDelay();
    Duration delay = settings.firstDelay();
    for (int i = 1; i < beyond && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** Addresses remembered now (bounded by maxAddresses). */
  long addresses() {
    failures.cleanUp();
    return failures.estimatedSize();
  }

  private static boolean matches(IpAddressMatcher matcher, String address) {
    try {
      return matcher.matches(address);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
