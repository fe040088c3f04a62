package io.ardesk.workflow;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Gives a failing service task a message people can act on: Cockpit shows a job's last exception
 * message as the incident's message, so it names the step, the business key (the customer, the
 * complaint) and the reason, e.g. "Send the stage's letter, stop supply for customer DEMO-1003
 * failed: customer DEMO-1003 is closed". BPMN errors pass through unchanged.
 */
public final class ReadableFailures {
  private ReadableFailures() {}

  /** The delegate, failing with a message that names the activity, the {@code what} and the reason. */
  public static JavaDelegate named(String what, JavaDelegate delegate) {
    return execution -> {
      try {
        delegate.execute(execution);
      } catch (BpmnError error) {
        throw error;
      } catch (RuntimeException e) {
        throw new StepFailedException(message(execution, what, e), e);
      }
    };
  }

  static String message(DelegateExecution execution, String what, Throwable cause) {
    String activity = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : execution.getCurrentActivityId();
    String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    return activity + " for " + what + " " + execution.getProcessBusinessKey() + " failed: " + reason;
  }

  /** A process step that failed, with the message Cockpit shows on the incident. */
  public static final class StepFailedException extends RuntimeException {
    StepFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
