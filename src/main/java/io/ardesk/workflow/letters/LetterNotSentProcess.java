package io.ardesk.workflow.letters;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.letters.LetterDeliveryEvent;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.workflow.SystemAccess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter that could not be sent becomes a task for {@code credit} (process {@code letter-not-sent},
 * business key {@code letter-<id>}), started in the transaction that marks the letter FAILED: send it
 * again by e-mail, or print and post it. Re-queueing through the API ({@link #requeue}) ends the open
 * task, so nobody works a letter that is already on its way again.
 */
@Component
public class LetterNotSentProcess {
  public static final String PROCESS = "letter-not-sent";

  private final RuntimeService runtime;
  private final SystemAccess system;
  private final Outbox outbox;
  private final CustomerService customers;
  private final TeamLanguage language;

  LetterNotSentProcess(RuntimeService runtime, SystemAccess system, Outbox outbox, CustomerService customers,
      TeamLanguage language) {
    this.language = language;
    this.runtime = runtime;
    this.system = system;
    this.outbox = outbox;
    this.customers = customers;
  }

  public static String businessKey(Long letterId) {
    return "letter-" + letterId;
  }

  @EventListener
  void letterFailed(LetterDeliveryEvent.Failed event) {
    OutgoingLetter letter = outbox.get(event.letterId());
    String customerName = customers.get(letter.getCustomerNo()).getName();
    Map<String, Object> facts = new HashMap<>();
    facts.put("customerNo", letter.getCustomerNo());
    facts.put("customerName", customerName);
    facts.put("letterId", String.valueOf(letter.getId()));
    facts.put("letterSubject", letter.getSubject());
    facts.put("recipient", letter.getRecipient());
    facts.put("failureReason", event.reason());
    facts.put("taskName", limit(language.text("task.letterNotSent", customerName, letter.getRecipient(),
        event.reason())));
    system.run(() -> runtime.startProcessInstanceByKey(PROCESS, businessKey(letter.getId()), facts));
  }

  /**
   * An administrator or credit puts a FAILED letter back into the outbox (API); the letter's open task,
   * if any, ends with the reason.
   */
  @Transactional
  public OutgoingLetter requeue(Long letterId, String by) {
    OutgoingLetter letter = outbox.requeue(letterId, by);
    system.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey(letterId)).list()
        .forEach(open -> runtime.deleteProcessInstance(open.getId(), "re-queued by " + by, true, true)));
    return letter;
  }

  private static String limit(String name) {
    return name.length() > 250 ? name.substring(0, 247) + "..." : name;
  }
}
