package io.ardesk.workflow.collections;

import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.workflow.complaints.ComplaintIntake;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A collector's call with the outcome "customer disputes invoices" opens a complaint
 * ({@code complaint-handling}, source {@code COLLECTOR_CALL}, reference = the call task) naming those
 * invoices, which are disputed from its step 1: the case stops dunning them. The same call again
 * opens nothing new.
 */
@Component
class CallDisputes {
  private final ComplaintIntake intake;
  private final LedgerQueries ledger;
  private final Clock clock;

  CallDisputes(ComplaintIntake intake, LedgerQueries ledger, Clock clock) {
    this.intake = intake;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** @param typedInvoiceNos numbers separated by commas or spaces; empty: every overdue invoice of the case */
  String openFromCall(String customerNo, String callTaskId, String typedInvoiceNos, String category, String note,
      String actor) {
    if (category == null) {
      throw new InvalidInputException("disputeCategory", "say what the customer disputes (quality, quantity, delivery …)");
    }
    List<String> invoiceNos = typedInvoiceNos == null ? List.of()
        : Arrays.stream(typedInvoiceNos.strip().split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    if (invoiceNos.isEmpty()) {
      invoiceNos = ledger.overdueItems(customerNo, LocalDate.now(clock)).stream().map(OverdueItem::invoiceNo).toList();
    }
    String description = note == null ? "The customer disputed these invoices during a collection call" : note;
    return intake.open(new NewComplaint(customerNo, category, description, invoiceNos, null,
        ComplaintSource.COLLECTOR_CALL, "call-" + callTaskId), actor).complaintNo();
  }
}
