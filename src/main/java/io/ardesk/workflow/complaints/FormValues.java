package io.ardesk.workflow.complaints;

import io.ardesk.complaints.ComplaintInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda Form submitted, typed the way the engine infers it (docs/design.md): numbers as
 * Integer or Double, radios and selects as String, checkboxes as Boolean, empty fields as null.
 */
final class FormValues {
  private final VariableScope scope;
  private final DelegateExecution execution;

  private FormValues(VariableScope scope, DelegateExecution execution) {
    this.scope = scope;
    this.execution = execution;
  }

  /**
   * A submitted form value: the execution's when the task was completed with variables (they land
   * there), else the task's own (a form submitted where the create listener put a local value).
   */
  static FormValues of(DelegateTask task) {
    return new FormValues(task, task.getExecution());
  }

  static FormValues of(DelegateExecution execution) {
    return new FormValues(execution, execution);
  }

  Object raw(String key) {
    if (execution != null && execution.hasVariable(key)) {
      return execution.getVariable(key);
    }
    return scope instanceof DelegateTask task ? task.getVariableLocal(key) : null;
  }

  String text(String key) {
    Object value = raw(key);
    return value == null ? null : value.toString();
  }

  /** Money from a number field; 2 decimals are applied by the domain. */
  BigDecimal amount(String key) {
    Object value = raw(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new ComplaintInputException(key, "must be a number");
    }
  }

  /** A yes/no radio (or a checkbox); null when not answered. */
  Boolean yesNo(String key) {
    Object value = raw(key);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return switch (value.toString().trim().toLowerCase()) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw new ComplaintInputException(key, "answer yes or no");
    };
  }

  boolean checked(String key) {
    return Boolean.TRUE.equals(yesNo(key));
  }

  /** Comma, semicolon or line separated values, blanks dropped. */
  List<String> list(String key) {
    String value = text(key);
    return value == null ? List.of()
        : Arrays.stream(value.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Forgets the submitted values, so that a step done again in a loop starts from an empty form. */
  void forget(List<String> keys) {
    if (execution != null) {
      keys.forEach(execution::removeVariable);
    }
  }
}
