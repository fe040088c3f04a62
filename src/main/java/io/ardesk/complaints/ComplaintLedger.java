package io.ardesk.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What complaint handling needs from the receivables ledger: customers, invoices, disputes, credit notes. */
public interface ComplaintLedger {

  Optional<CustomerFacts> customer(String customerNo);

  Optional<InvoiceFacts> invoice(String invoiceNo);

  /** Marks the invoice disputed by the complaint: allocation and dunning skip it. */
  void dispute(String invoiceNo, String complaintNo, String actor);

  /** Ends the dispute: the invoice is collectable again. */
  void releaseDispute(String invoiceNo, String complaintNo, String actor);

  /** Posts the credit note; returns the invoices it settled in full. */
  List<String> postCreditNote(CreditNote creditNote, String actor);

  /**
   * The customer's credit notes, write-offs and pending requests of the rolling window plus {@code amount},
   * in the base currency at the rate of {@code on}, against {@code limit} (in the base currency).
   */
  Counted countAgainst(String customerNo, BigDecimal amount, String currency, LocalDate on, BigDecimal limit);

  record Counted(boolean above, String description) {}

  record CustomerFacts(String customerNo, String name, String salesperson, String currency) {}

  record InvoiceFacts(String invoiceNo, String customerNo, BigDecimal openAmount, String currency) {}

  /** {@code approvedBy}: the supervisor who approved it (null below the approval amount); {@code approvalRef}: the complaint. */
  record CreditNote(String creditNoteNo, String customerNo, String invoiceNo, BigDecimal amount, LocalDate issueDate,
      String reason, String approvedBy, String approvalRef) {}
}
