package io.ardesk.letters;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a letter the mail server did not take is tried again ({@code ardesk.letters.retry-*}): after the
 * n-th failed attempt it waits the n-th delay, the last delay repeating, as long as the next attempt
 * falls within {@code give-up-after} of the first failed one. Default: 1, 2, 5 and 15 minutes, then
 * hourly, for a day: a mail server down for a day loses no letter.
 *
 * @param retryDelays the waits after the first, second, … failed attempt; the last one repeats
 * @param retryGiveUpAfter how long after the first failed attempt the last attempt may be made
 */
@ConfigurationProperties("ardesk.letters")
public record RetrySchedule(
    @DefaultValue({"PT1M", "PT2M", "PT5M", "PT15M", "PT1H"}) List<Duration> retryDelays,
    @DefaultValue("P1D") Duration retryGiveUpAfter) {

  public RetrySchedule {
    if (retryDelays.isEmpty() || retryDelays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("ardesk.letters.retry-delays must be positive durations: " + retryDelays);
    }
    if (retryGiveUpAfter.isNegative()) {
      throw new IllegalArgumentException("ardesk.letters.retry-give-up-after must not be negative: " + retryGiveUpAfter);
    }
    retryDelays = List.copyOf(retryDelays);
  }

  /**
   * When to try again after the {@code attempts}-th failed attempt, the first of which failed at
   * {@code firstFailedAt}; empty when the schedule is over.
   */
  public Optional<LocalDateTime> nextAttempt(int attempts, LocalDateTime firstFailedAt, LocalDateTime now) {
    Duration wait = retryDelays.get(Math.min(Math.max(attempts, 1), retryDelays.size()) - 1);
    LocalDateTime next = now.plus(wait);
    return next.isAfter(firstFailedAt.plus(retryGiveUpAfter)) ? Optional.empty() : Optional.of(next);
  }
}
