package org.govmedia.workflow.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed logins per client address ({@code govmedia.login-throttle.*}).
 *
 * @param freeFailures failed logins an address may make before it has to wait
 * @param firstDelay the wait after the first failure beyond the free ones; it doubles with each
 *     further failure
 * @param maxDelay the longest wait
 * @param forgetAfter an address's failures are forgotten this long after its last failure
 * @param maxAddresses addresses remembered at most (the least recently failing are dropped first)
 * @param trustedAddresses addresses or CIDR ranges never throttled (administrators log in from
 *     here and unlock)
 */
@ConfigurationProperties(prefix = "govmedia.login-throttle")
public record LoginThrottleProperties(int freeFailures, Duration firstDelay, Duration maxDelay,
    Duration forgetAfter, int maxAddresses, List<String> trustedAddresses) {}
