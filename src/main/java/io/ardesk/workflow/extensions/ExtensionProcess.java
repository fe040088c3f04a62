package io.ardesk.workflow.extensions;

import io.ardesk.collections.extensions.ExtensionRequest;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.workflow.SystemAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the {@code payment-extension} process of a request that came in through the API or a
 * collector's call: the request is checked and numbered first, then its process starts with the
 * request number as business key (a Tasklist start form registers its request in the process).
 */
@Component
public class ExtensionProcess {

  public static final String PROCESS = "payment-extension";
  static final String REQUEST_NO = "requestNo";
  static final String INITIATOR = "initiator";

  private final ExtensionRequests requests;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final LedgerQueries ledger;
  private final Clock clock;

  ExtensionProcess(ExtensionRequests requests, RuntimeService runtime, SystemAccess system, LedgerQueries ledger,
      Clock clock) {
    this.requests = requests;
    this.runtime = runtime;
    this.system = system;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Registers the request (422 on bad input) and starts its process; returns the request number. */
  @Transactional
  public String start(NewExtensionRequest request, RequestSource source, String actor) {
    ExtensionRequest registered = requests.register(request, source, actor);
    system.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(registered.getRequestNo())
        .setVariable(REQUEST_NO, registered.getRequestNo()).setVariable(INITIATOR, actor).execute());
    return registered.getRequestNo();
  }

  /**
   * A collector's call ended with the customer asking for more time: the invoices named, or else
   * every overdue item of the customer, by the date the customer gave.
   */
  @Transactional
  public String requestFromCall(String customerNo, String invoiceNos, LocalDate requestedDueDate, String note,
      String actor) {
    List<String> named = invoiceNumbers(invoiceNos);
    if (named.isEmpty()) {
      named = ledger.overdueItems(customerNo, LocalDate.now(clock)).stream().map(OverdueItem::invoiceNo).toList();
    }
    String reason = note == null || note.isBlank() ? "Asked for more time during a collection call" : note;
    return start(new NewExtensionRequest(customerNo, named, requestedDueDate, reason), RequestSource.COLLECTOR_CALL,
        actor);
  }

  /** Invoice numbers typed into a form, separated by commas, semicolons or spaces. */
  static List<String> invoiceNumbers(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.strip().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
