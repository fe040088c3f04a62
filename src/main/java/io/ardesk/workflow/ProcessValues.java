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
 * {@link Date}s.
 */
public final class ProcessValues {
  private ProcessValues() {}

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
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    return LocalDate.parse(value.toString().strip().substring(0, 10));
  }

  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    String value = text(scope, name);
    return value == null ? null : Enum.valueOf(type, value);
  }

  /** The start of the day, for timers. */
  public static Date startOf(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** Who did it: the logged-in user completing the task, else its assignee, else the system. */
  public static String actor(DelegateTask task, IdentityService identity) {
    if (identity.getCurrentAuthentication() != null && identity.getCurrentAuthentication().getUserId() != null) {
      return identity.getCurrentAuthentication().getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
