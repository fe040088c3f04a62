package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.report.OverdueCustomer;
import io.ardesk.workflow.SystemAccess;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a customer's {@code collection-case}, or asks the running one to look again: one case per
 * customer, guarded by the domain's unique open case, business key the customer number. Asking a
 * running case never touches its process instance in the caller's transaction: a "look again"
 * request is written with the caller's change and delivered after commit ({@link CaseChangeDelivery}),
 * so a ledger write never fails because a case is busy.
 */
@Component
public class CollectionCaseStarter {

  public static final String PROCESS = "collection-case";
  /** The one message a running case listens to: something changed, evaluate again. */
  public static final String CASE_CHANGED = "CaseChanged";
  public static final String REVIEW_REQUESTED = "CaseReviewRequested";
  public static final String EXTENSION_ENDED = "ExtensionEnded";

  public enum Outcome { STARTED, REEVALUATED, UNCHANGED }

  private final CollectionCaseService cases;
  private final CaseChanges changes;
  private final RuntimeService runtime;
  private final SystemAccess system;

  CollectionCaseStarter(CollectionCaseService cases, CaseChanges changes, RuntimeService runtime,
      SystemAccess system) {
    this.cases = cases;
    this.changes = changes;
    this.runtime = runtime;
    this.system = system;
  }

  /** Opens the customer's case and starts its process, or asks the running case to look again. */
  @Transactional
  public Outcome startOrReview(String customerNo) {
    return startOrTell(customerNo, cases.open(customerNo, "system").created(), REVIEW_REQUESTED);
  }

  /**
   * Unpaid items of an ended extension come back to collections ({@code ExtensionEnded}) at the
   * stage they had reached: the customer's case climbs to it, or a case starts there. Without a
   * stage (no case ran when the extension was granted) the items return as any item does.
   */
  @Transactional
  public void resumeAfterExtension(String customerNo, Stage reached, String reference, List<String> unpaidInvoiceNos) {
    if (reached == null) {
      changes.request(customerNo, EXTENSION_ENDED, true);
      return;
    }
    startOrTell(customerNo, cases.resume(customerNo, reached, reference, "system").created(), EXTENSION_ENDED);
  }

  private Outcome startOrTell(String customerNo, boolean created, String reason) {
    if (created) {
      start(customerNo);
      return Outcome.STARTED;
    }
    changes.request(customerNo, reason, false);
    return Outcome.REEVALUATED;
  }

  private void start(String customerNo) {
    system.run(() -> runtime.startProcessInstanceByKey(PROCESS, customerNo));
  }

  /**
   * For a collections run of {@code runDate}: starts the case of a customer that has none; asks a
   * running case to look again where the ledger's figures differ from what it last saw. Unchanged
   * when a run of that date already looked at the customer or nothing differs.
   */
  @Transactional
  public Outcome startOrReviewForRun(OverdueCustomer customer, LocalDate runDate) {
    return cases.openForRun(customer.customerNo(), runDate).map(opening -> {
      if (opening.created()) {
        start(customer.customerNo());
        return Outcome.STARTED;
      }
      var c = opening.collectionCase();
      if (c.getOverdueAmount().compareTo(customer.overdueAmount()) != 0 || c.getOverdueItems() != customer.overdueItems()) {
        changes.request(customer.customerNo(), "COLLECTIONS_RUN", false);
        return Outcome.REEVALUATED;
      }
      return Outcome.UNCHANGED;
    }).orElse(Outcome.UNCHANGED);
  }

  /**
   * An item came back into dunning (a dispute resolved, an extension ended): the running case looks
   * again, or a new case starts if the customer has none and something is overdue.
   */
  @Transactional
  public void notifyOrStart(String customerNo, String reason) {
    changes.request(customerNo, reason, true);
  }

  /** Tells the running cases of these customers that something changed (delivered after commit). */
  @Transactional
  public void notifyCases(List<String> customerNos, String reason) {
    if (!customerNos.isEmpty()) {
      changes.requestAll(customerNos, reason);
    }
  }

  /** Tells the customer's running case, if any, that something changed (delivered after commit). */
  @Transactional
  public void notifyCase(String customerNo, String reason) {
    changes.request(customerNo, reason, false);
  }
}
