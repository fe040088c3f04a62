package io.ardesk.workflow;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The engine's timers in AR Desk's time zone ({@code ardesk.zone}, the zone of the application's
 * {@link Clock}), whatever zone the JVM runs in. Camunda evaluates a cron cycle in the JVM's default
 * zone and reads an ISO date-time without an offset in the zone the JVM had when its date utility was
 * first loaded; these calendars replace the engine's "cycle" and "dueDate" calendars: a cron such as
 * {@code 0 0 6 * * ?} fires at 06:00 in {@code ardesk.zone}, and {@code 2026-03-02T06:00} or
 * {@code 2026-03-02} (no offset) is read in {@code ardesk.zone}; a date-time with an offset or a
 * {@code Date} stays what it says. Durations ({@code PT5M}) are relative and stay the engine's.
 */
@Component
public class ZonedTimersPlugin extends AbstractProcessEnginePlugin {

  private final ZoneId zone;

  public ZonedTimersPlugin(Clock clock) {
    this.zone = clock.getZone();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProcessValues.useZone(zone);
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new ZonedDueDateCalendar(zone));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new ZonedCycleCalendar(zone));
    configuration.setBusinessCalendarManager(calendars);
  }

  /** A date-time without an offset, or a date, as an instant in {@code zone}; null if it is neither. */
  static Date local(String text, ZoneId zone) {
    String value = text.strip();
    try {
      return Date.from(LocalDateTime.parse(value).atZone(zone).toInstant());
    } catch (DateTimeParseException notLocalDateTime) {
      try {
        return Date.from(LocalDate.parse(value).atStartOfDay(zone).toInstant());
      } catch (DateTimeParseException notLocalDate) {
        return null;
      }
    }
  }

  /** {@code timeDate}: ISO date-times without an offset are read in {@code ardesk.zone}. */
  static final class ZonedDueDateCalendar extends DueDateBusinessCalendar {
    private final ZoneId zone;

    ZonedDueDateCalendar(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
      if (duedate != null && !duedate.startsWith("P")) {
        Date local = local(duedate, zone);
        if (local != null) {
          return local;
        }
      }
      return super.resolveDuedate(duedate, startDate);
    }
  }

  /**
   * {@code timeCycle}: a cron (Spring's format, as Camunda's) is evaluated in {@code ardesk.zone}; in an
   * ISO repetition ({@code R3/2026-03-02T06:00/P1D}) a start or end without an offset gets the zone's.
   */
  static final class ZonedCycleCalendar extends CycleBusinessCalendar {
    private final ZoneId zone;

    ZonedCycleCalendar(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String description, Date startDate, long repeatOffset) {
      if (description.startsWith("R")) {
        return super.resolveDuedate(withOffsets(description), startDate, repeatOffset);
      }
      try {
        Date after = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        ZonedDateTime next = CronExpression.parse(description).next(ZonedDateTime.ofInstant(after.toInstant(), zone));
        return next == null ? after : Date.from(next.toInstant());
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new ProcessEngineException("Cannot parse the timer cycle '" + description + "': " + e.getMessage(), e);
      }
    }

    private String withOffsets(String description) {
      String[] parts = description.split("/");
      StringBuilder result = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        if (i > 0) {
          result.append('/');
          Date local = part.startsWith("P") ? null : local(part, zone);
          if (local != null) {
            part = OffsetDateTime.ofInstant(local.toInstant(), zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          }
        }
        result.append(part);
      }
      return result.toString();
    }
  }
}
