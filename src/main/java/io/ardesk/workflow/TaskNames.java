package io.ardesk.workflow;

import io.ardesk.language.TeamLanguage;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The names of the user tasks whose BPMN {@code name} is an expression of process variables
 * ({@code customer-credit-review}, {@code statement-confirmation}), written again in the team's
 * language when the task is created: message key {@code task.…} with the variables as arguments, each
 * as the expression would print it (nothing for a missing one), except the statement's month and the
 * credit limits, which are written as the team writes months and amounts ({@link TeamLanguage#month},
 * {@link TeamLanguage#money(String)}). Tasks whose create listener names them (collection case, complaints, orders, extensions)
 * or whose process carries a {@code taskName} (approvals, letters, problem receivables) are not here.
 */
final class TaskNames {

  private record Name(String key, List<String> variables) {}

  private static final Map<String, Name> NAMES = Map.of(
      "customer-credit-review/Task_EnterProfile",
      new Name("task.creditReview.profile", List.of("customerName", "customerNo")),
      "customer-credit-review/Task_EnterFigures",
      new Name("task.creditReview.figures", List.of("customerName", "customerNo")),
      "customer-credit-review/Task_ApproveCredit",
      new Name("task.creditReview.decide", List.of("customerName", "grade", "recommendedLimit", "warnings")),
      "customer-credit-review/Task_ApproveAsSupervisor",
      new Name("task.creditReview.supervisor", List.of("decidedLimitText", "customerName", "recommendedLimit")),
      "statement-confirmation/Task_PrintAndPost",
      new Name("task.statement.print", List.of("month", "customerName")),
      "statement-confirmation/Task_RecordAnswer",
      new Name("task.statement.answer", List.of("month", "customerName")),
      "statement-confirmation/Task_CallCustomer",
      new Name("task.statement.call", List.of("month", "customerName")));

  private TaskNames() {
  }

  /** The create listener that names task {@code taskKey} of process {@code processKey}, or null when none does. */
  static TaskListener listenerFor(String processKey, String taskKey, TeamLanguage language) {
    Name name = NAMES.get(processKey + "/" + taskKey);
    if (name == null) {
      return null;
    }
    return task -> task.setName(language.text(name.key(), name.variables().stream()
        .map(variable -> {
          Object value = task.getVariable(variable);
          return value == null ? "" : value instanceof Enum<?> e ? e.name() : value(variable, String.valueOf(value), language);
        }).toArray()));
  }

  /** The statement's month and the credit limits as the team writes them (2026年11月, 80,000.00); the rest as it is. */
  static String value(String variable, String value, TeamLanguage language) {
    return switch (variable) {
      case "month" -> {
        try {
          yield language.month(YearMonth.parse(value));
        } catch (DateTimeParseException notAMonth) {
          yield value;
        }
      }
      case "recommendedLimit", "decidedLimitText" -> TeamLanguage.money(value);
      default -> value;
    };
  }
}
