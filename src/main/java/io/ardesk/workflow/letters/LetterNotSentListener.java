package io.ardesk.workflow.letters;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.letters.Outbox;
import io.ardesk.workflow.approvals.Approver;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_LetterNotSent (process {@code letter-not-sent}) completed: the authenticated user of credit has
 * the letter sent again by e-mail ({@code RESEND}) or says it was printed and posted ({@code POST}),
 * through the outbox, which refuses a letter that is no longer FAILED.
 */
@Component("letterNotSentListener")
class LetterNotSentListener implements TaskListener {
  static final String CHOICE = "letterChoice";

  private final Outbox outbox;

  LetterNotSentListener(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = Approver.of(task);
    String businessKey = task.getExecution().getProcessBusinessKey();
    Long letterId = Long.valueOf(businessKey.substring(businessKey.indexOf('-') + 1));
    Object choice = task.getVariable(CHOICE);
    if ("RESEND".equals(choice)) {
      outbox.requeue(letterId, user);
    } else if ("POST".equals(choice)) {
      outbox.postedInstead(letterId, user);
    } else {
      throw new InvalidInputException(CHOICE, "letterChoice must be RESEND or POST");
    }
    task.setVariable("handledBy", user);
  }
}
