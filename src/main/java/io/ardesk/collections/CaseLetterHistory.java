package io.ardesk.collections;

import io.ardesk.letters.LetterDeliveryEvent;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.letters.Outbox;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dunning letter's way out in its case's history, in the transaction that records it: SENT only once
 * the mail server accepted it, FAILED when it could not be sent, and who re-queued it or posted it
 * instead. Letters of other processes (extensions, orders, statements) have no case.
 */
@Component
@Transactional
class CaseLetterHistory {

  private final CaseRepository cases;
  private final ActionRepository actions;
  private final Outbox outbox;
  private final Clock clock;

  CaseLetterHistory(CaseRepository cases, ActionRepository actions, Outbox outbox, Clock clock) {
    this.cases = cases;
    this.actions = actions;
    this.outbox = outbox;
    this.clock = clock;
  }

  @EventListener
  void letterDelivery(LetterDeliveryEvent event) {
    OutgoingLetter letter = outbox.get(event.letterId());
    if (letter.getCaseId() == null) {
      return;
    }
    CollectionCase c = cases.findById(letter.getCaseId()).orElse(null);
    if (c == null) {
      return;
    }
    CollectionAction action;
    if (event instanceof LetterDeliveryEvent.Sent sent) {
      action = new CollectionAction(c, ActionKind.LETTER_SENT, "system", sent.at()).note(letter.getRecipient());
    } else if (event instanceof LetterDeliveryEvent.Failed failed) {
      action = new CollectionAction(c, ActionKind.LETTER_FAILED, "system", now()).note(failed.reason());
    } else if (event instanceof LetterDeliveryEvent.Requeued requeued) {
      action = new CollectionAction(c, ActionKind.LETTER_QUEUED, requeued.by(), now())
          .note("re-queued for " + letter.getRecipient());
    } else {
      LetterDeliveryEvent.PostedInstead posted = (LetterDeliveryEvent.PostedInstead) event;
      action = new CollectionAction(c, ActionKind.LETTER_PRINTED, posted.by(), posted.at())
          .note("printed and posted instead of e-mailed");
    }
    if (letter.getStage() != null) {
      action.atStage(Stage.valueOf(letter.getStage()));
    }
    actions.save(action.amount(letter.getAmount(), letter.getCurrency()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
