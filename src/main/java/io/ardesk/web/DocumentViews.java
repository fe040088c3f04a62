package io.ardesk.web;

import io.ardesk.ledger.document.Allocation;
import io.ardesk.ledger.document.CreditDocument;
import io.ardesk.ledger.document.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Ledger documents as the API shows them. */
final class DocumentViews {
  private DocumentViews() {}

  public record InvoiceView(
      String invoiceNo, String kind, String customerNo, String contractNo, LocalDate issueDate, LocalDate dueDate,
      LocalDate effectiveDueDate, BigDecimal amount, String currency, BigDecimal openAmount, LocalDate settledOn,
      boolean disputed, String disputeReference) {

    static InvoiceView of(Invoice i) {
      return new InvoiceView(i.getInvoiceNo(), i.getKind().name(), i.getCustomer().getCustomerNo(), i.getContractNo(),
          i.getIssueDate(), i.getDueDate(), i.getEffectiveDueDate(), i.getAmount(), i.getCurrency(),
          i.getOpenAmount(), i.getSettledOn(), i.isDisputed(), i.getDisputeReference());
    }
  }

  public record AllocationView(String invoiceNo, BigDecimal amount, LocalDate allocatedOn) {}

  /** A payment, credit note, write-off or reversal with its allocations and what is left on account. */
  public record CreditView(
      String documentNo, String kind, String customerNo, LocalDate date, BigDecimal amount, String currency,
      String method, List<String> invoiceNos, String reason, String approver, String approvalRef,
      BigDecimal onAccount, List<AllocationView> allocations) {

    static CreditView of(CreditDocument d, List<Allocation> allocations) {
      return new CreditView(d.getDocumentNo(), d.getKind().name(), d.getCustomer().getCustomerNo(),
          d.getDocumentDate(), d.getAmount(), d.getCurrency(), d.getMethod() == null ? null : d.getMethod().name(),
          d.invoiceNos(), d.getReason(), d.getApprover(), d.getApprovalRef(), d.getUnappliedAmount(),
          allocations.stream().map(a -> new AllocationView(a.getInvoice().getInvoiceNo(), a.getAmount(),
              a.getAllocatedOn())).toList());
    }
  }
}
