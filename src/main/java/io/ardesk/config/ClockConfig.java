package io.ardesk.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One source of time for the domain and the engine: the domain asks this {@link Clock}, which reads
 * the engine's {@link ClockUtil}, so tests and demos move both together with
 * {@code ClockUtil.setCurrentTime(..)}. Its zone is AR Desk's one time zone, {@code ardesk.zone}
 * ({@code ARDESK_ZONE}, default {@code Asia/Shanghai}): "today", letters' dates and the engine's timers
 * (see {@code ZonedTimersPlugin}) follow it, not the JVM's default zone.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {
  private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

  @Bean
  Clock clock(@Value("${ardesk.zone:Asia/Shanghai}") ZoneId zone) {
    if (!zone.getRules().equals(ZoneId.systemDefault().getRules())) {
      log.warn("ardesk.zone is {} but the JVM runs in {}: AR Desk's dates and timers follow {}; set TZ={} so that "
          + "logs and the database's local timestamps use the same zone", zone, ZoneId.systemDefault(), zone, zone);
    }
    return new EngineClock(zone);
  }

  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
