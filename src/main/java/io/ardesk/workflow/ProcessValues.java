package io.ardesk.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Turns what forms and processes hold into domain values: form numbers arrive as Integer or Double
 * and become money with two decimals; form dates arrive as {@code yyyy-MM-dd} strings; timers want
 * {@link Date}s, in AR Desk's time zone ({@code ardesk.zone}, set by {@link ZonedTimersPlugin} when
 * the engine starts), not the JVM's.
 */
public final class ProcessValues {
  private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

  private ProcessValues() {}

  /** The zone of dates and of the start of a day ({@code ardesk.zone}). */
  static void useZone(ZoneId zone) {
    ProcessValues.zone = zone;
  }

  public static ZoneId zone() {
    return zone;
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static BigDecimal money(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    return LocalDate.parse(value.toString().strip().substring(0, 10));
  }

  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    String value = text(scope, name);
    return value == null ? null : Enum.valueOf(type, value);
  }

  /** The start of the day in {@code ardesk.zone}, for timers and due dates. */
  public static Date startOf(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** Who did it: the logged-in user completing the task, else its assignee, else the system. */
  public static String actor(DelegateTask task, IdentityService identity) {
    if (identity.getCurrentAuthentication() != null && identity.getCurrentAuthentication().getUserId() != null) {
      return identity.getCurrentAuthentication().getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
