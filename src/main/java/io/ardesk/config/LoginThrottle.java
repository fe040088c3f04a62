package io.ardesk.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow an attacker down without letting anyone lock an account for good. Every password
 * check of a request (HTTP Basic on {@code /api} and engine REST, the webapps' login form) counts here:
 *
 * <ul>
 *   <li>by address: {@code ardesk.logins.max-failures-per-address} wrong passwords from one address within
 *       {@code failure-window} refuse every login from that address for {@code lock-duration};
 *   <li>by user: {@code max-failures-per-user} wrong passwords for one user (from any addresses) within the
 *       window refuse that user's logins for {@code lock-duration}.
 * </ul>
 *
 * A lock expires by itself; nothing is stored, so a restart forgets it too. With the address limit below the
 * user limit, one address alone is refused before it can lock anybody out. Locks and unlocks are logged
 * (logger {@code io.ardesk.login}) and counted ({@code ardesk_login_locks_total{scope}},
 * {@code ardesk_login_unlocks_total{scope}}, {@code ardesk_login_locked{scope}}). Each node counts for itself.
 * Camunda's own lockout (a permanent lock after ten wrong passwords, undone only by an administrator) is off:
 * {@link ThrottledIdentityProvider}. API tokens never pass through here.
 */
@Component
public class LoginThrottle {
  static final Logger log = LoggerFactory.getLogger("io.ardesk.login");
  /** Entries kept before the ones with nothing to remember are dropped. */
  static final int PRUNE_ABOVE = 10_000;

  /** The limits: failures per address and per user within the window, and how long a lock lasts. */
  public record Limits(int perAddress, int perUser, Duration window, Duration lockDuration) {}

  private final Clock clock;
  private final Map<String, Tally> addresses = new ConcurrentHashMap<>();
  private final Map<String, Tally> users = new ConcurrentHashMap<>();
  private final Map<String, Counter> locks = new ConcurrentHashMap<>();
  private final Map<String, Counter> unlocks = new ConcurrentHashMap<>();
  private final MeterRegistry registry;
  private volatile Limits limits;

  LoginThrottle(Clock clock, MeterRegistry registry,
      @Value("${ardesk.logins.max-failures-per-address:10}") int perAddress,
      @Value("${ardesk.logins.max-failures-per-user:20}") int perUser,
      @Value("${ardesk.logins.failure-window:15m}") Duration window,
      @Value("${ardesk.logins.lock-duration:15m}") Duration lockDuration) {
    this.clock = clock;
    this.registry = registry;
    this.limits = new Limits(perAddress, perUser, window, lockDuration);
    for (String scope : new String[] {"user", "address"}) {
      counter(locks, "ardesk.login.locks", "Logins locked for a while after wrong passwords", scope);
      counter(unlocks, "ardesk.login.unlocks", "Login locks expired", scope);
      Map<String, Tally> tallies = "user".equals(scope) ? users : addresses;
      Gauge.builder("ardesk.login.locked", tallies, t -> lockedNow(t)).description("Users or addresses locked now")
          .tag("scope", scope).register(registry);
    }
  }

  public Limits limits() {
    return limits;
  }

  /** Other limits from now on (tests use the shipped ones against a suite that logs in from one address). */
  public void useLimits(Limits limits) {
    this.limits = limits;
  }

  /** A lock in force: {@code scope} {@code user} or {@code address}. */
  public record Lock(String scope, String key, Instant until) {}

  /** The locks in force now, users first. */
  public List<Lock> locks() {
    Instant now = clock.instant();
    List<Lock> locked = new ArrayList<>();
    for (String scope : new String[] {"user", "address"}) {
      ("user".equals(scope) ? users : addresses).forEach((key, tally) -> {
        Instant until = tally.lockedUntil;
        if (until != null && until.isAfter(now)) {
          locked.add(new Lock(scope, key, until));
        }
      });
    }
    return locked;
  }

  /** An administrator lifts a lock before it expires; false when there was none. Logged and counted. */
  public boolean unlock(String scope, String key, String admin) {
    Map<String, Tally> tallies = "user".equals(scope) ? users : "address".equals(scope) ? addresses : null;
    if (tallies == null || key == null) {
      return false;
    }
    Tally removed = tallies.remove(key);
    if (removed == null || removed.lockedUntil == null || !removed.lockedUntil.isAfter(clock.instant())) {
      return false;
    }
    log.info("Login lock lifted by {}: {}={}", clean(admin), scope, clean(key));
    unlocks.get(scope).increment();
    return true;
  }

  /** Forgets every failure and lock. */
  public void forgetAll() {
    addresses.clear();
    users.clear();
  }

  /**
   * Until when a login of this user from this address is refused without looking at the password; empty
   * when it may go ahead. A lock found expired is logged and counted as an unlock.
   */
  public Optional<Instant> refusedUntil(String user, String address) {
    Instant now = clock.instant();
    Optional<Instant> byAddress = lockedUntil("address", address, addresses, now);
    Optional<Instant> byUser = lockedUntil("user", user, users, now);
    if (byAddress.isPresent() && byUser.isPresent()) {
      return byAddress.get().isAfter(byUser.get()) ? byAddress : byUser;
    }
    return byAddress.isPresent() ? byAddress : byUser;
  }

  /** A wrong password: counts against the address and the user, and locks either at its limit. */
  public void failed(String user, String address) {
    Instant now = clock.instant();
    Limits current = limits;
    count("address", address, addresses, current.perAddress(), now, current);
    count("user", user, users, current.perUser(), now, current);
    if (addresses.size() + users.size() > PRUNE_ABOVE) {
      expire();
    }
  }

  /** A right password: the user's failures are forgotten (the address's stay: one known password does not clear them). */
  public void succeeded(String user) {
    users.computeIfPresent(user, (key, tally) -> tally.lockedUntil == null ? null : tally);
  }

  /** Every minute: expired locks are logged and counted as unlocks, failures past their window forgotten. */
  @Scheduled(fixedDelay = 60_000)
  public void expire() {
    Instant now = clock.instant();
    for (String scope : new String[] {"user", "address"}) {
      Map<String, Tally> tallies = "user".equals(scope) ? users : addresses;
      for (String key : tallies.keySet()) {
        lockedUntil(scope, key, tallies, now);
        tallies.computeIfPresent(key, (k, tally) -> tally.lockedUntil == null
            && !tally.windowStart.plus(limits.window()).isAfter(now) ? null : tally);
      }
    }
  }

  private Optional<Instant> lockedUntil(String scope, String key, Map<String, Tally> tallies, Instant now) {
    if (key == null) {
      return Optional.empty();
    }
    Instant[] until = new Instant[1];
    tallies.computeIfPresent(key, (k, tally) -> {
      if (tally.lockedUntil == null) {
        return tally;
      }
      // a clock moved back (tests, a corrected server time) never makes a lock longer than lock-duration
      Instant latest = now.plus(limits.lockDuration());
      if (tally.lockedUntil.isAfter(latest)) {
        tally.lockedUntil = latest;
      }
      if (tally.lockedUntil.isAfter(now)) {
        until[0] = tally.lockedUntil;
        return tally;
      }
      log.info("Login lock expired: {}={}", scope, clean(key));
      unlocks.get(scope).increment();
      return null;
    });
    return Optional.ofNullable(until[0]);
  }

  private void count(String scope, String key, Map<String, Tally> tallies, int limit, Instant now, Limits current) {
    if (key == null) {
      return;
    }
    tallies.compute(key, (k, tally) -> {
      if (tally == null || tally.windowStart.isAfter(now) || !tally.windowStart.plus(current.window()).isAfter(now)) {
        tally = new Tally(now);
      }
      tally.failures++;
      if (tally.lockedUntil == null && tally.failures >= limit) {
        tally.lockedUntil = now.plus(current.lockDuration());
        log.warn("Login locked after {} wrong passwords within {}: {}={} until {}", tally.failures, current.window(),
            scope, clean(key), tally.lockedUntil);
        locks.get(scope).increment();
      }
      return tally;
    });
  }

  private double lockedNow(Map<String, Tally> tallies) {
    Instant now = clock.instant();
    return tallies.values().stream().filter(t -> t.lockedUntil != null && t.lockedUntil.isAfter(now)).count();
  }

  private void counter(Map<String, Counter> counters, String name, String description, String scope) {
    counters.put(scope, Counter.builder(name).description(description).tag("scope", scope).register(registry));
  }

  /** A user name as typed: no control characters in the log, at most 100 characters. */
  static String clean(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
  }

  /** Wrong passwords since {@code windowStart}, and the lock they led to. */
  private static final class Tally {
    final Instant windowStart;
    int failures;
    Instant lockedUntil;

    Tally(Instant windowStart) {
      this.windowStart = windowStart;
    }
  }
}
