package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.workflow.SystemAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a customer's {@code collection-case}, or asks the running one to look again: one case per
 * customer, guarded by the domain's unique open case, business key the customer number.
 */
@Component
public class CollectionCaseStarter {

  public static final String PROCESS = "collection-case";
  public static final String REVIEW_REQUESTED = "CaseReviewRequested";
  public static final String EXTENSION_ENDED = "ExtensionEnded";

  public enum Outcome { STARTED, REEVALUATED }

  private final CollectionCaseService cases;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final InvoiceService invoices;
  private final Clock clock;

  CollectionCaseStarter(CollectionCaseService cases, RuntimeService runtime, SystemAccess system, InvoiceService invoices,
      Clock clock) {
    this.cases = cases;
    this.invoices = invoices;
    this.clock = clock;
    this.runtime = runtime;
    this.system = system;
  }

  @Transactional
  public Outcome startOrReview(String customerNo) {
    return system.call(() -> {
      boolean created = cases.open(customerNo, "system").created();
      return startOrTell(customerNo, created, REVIEW_REQUESTED);
    });
  }

  /**
   * Unpaid items of an ended extension come back to collections ({@code ExtensionEnded}) at the
   * stage they had reached: the customer's case climbs to it, or a case starts there. Without a
   * stage (no case ran when the extension was granted) the items return as any item does.
   */
  @Transactional
  public void resumeAfterExtension(String customerNo, Stage reached, String reference, List<String> unpaidInvoiceNos) {
    if (reached == null) {
      unpaidInvoiceNos.forEach(invoiceNo -> notifyOrStart(customerNo, invoiceNo, EXTENSION_ENDED));
      return;
    }
    system.call(() -> startOrTell(customerNo, cases.resume(customerNo, reached, reference, "system").created(),
        EXTENSION_ENDED));
  }

  private Outcome startOrTell(String customerNo, boolean created, String messageName) {
    boolean running = !created && isRunning(customerNo);
    if (running) {
      runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(customerNo).correlateAll();
      return Outcome.REEVALUATED;
    }
    runtime.startProcessInstanceByKey(PROCESS, customerNo);
    return Outcome.STARTED;
  }

  /**
   * For a collections run of {@code runDate}: starts the customer's case or asks the running one to
   * look again; empty when a run of that date already did.
   */
  @Transactional
  public java.util.Optional<Outcome> startOrReviewForRun(String customerNo, LocalDate runDate) {
    return system.call(() -> cases.openForRun(customerNo, runDate).map(opening -> {
      if (!opening.created() && isRunning(customerNo)) {
        runtime.createMessageCorrelation(REVIEW_REQUESTED).processInstanceBusinessKey(customerNo).correlateAll();
        return Outcome.REEVALUATED;
      }
      runtime.startProcessInstanceByKey(PROCESS, customerNo);
      return opening.created() ? Outcome.STARTED : Outcome.REEVALUATED;
    }));
  }

  private boolean isRunning(String customerNo) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(customerNo)
        .active().count() > 0;
  }

  /**
   * An item came back into dunning (a dispute resolved, an extension ended): the running case looks
   * again, or a new case starts if the customer has none and the item is overdue.
   */
  @Transactional
  public void notifyOrStart(String customerNo, String invoiceNo, String messageName) {
    if (cases.openCase(customerNo).isPresent()) {
      notifyCase(customerNo, messageName);
      return;
    }
    // read through the persistence context: the change that brought the item back is not flushed yet
    Invoice invoice = invoices.get(invoiceNo);
    if (invoice.isOpen() && !invoice.isDisputed() && invoice.getEffectiveDueDate().isBefore(LocalDate.now(clock))) {
      startOrReview(customerNo);
    }
  }

  /** Tells the customer's running case, if any, that something in the ledger changed. */
  public void notifyCase(String customerNo, String messageName) {
    system.run(() -> runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(customerNo)
        .correlateAll());
  }
}
