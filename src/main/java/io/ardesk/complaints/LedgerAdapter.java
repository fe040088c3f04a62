package io.ardesk.complaints;

import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.document.Allocation;
import io.ardesk.ledger.document.CreditReductions;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link ComplaintLedger} on the receivables ledger's services; the ledger publishes the dispute events. */
@Component
class LedgerAdapter implements ComplaintLedger {
  private final CustomerRepository customers;
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final CreditReductions reductions;

  LedgerAdapter(CustomerRepository customers, InvoiceService invoices, PaymentService payments,
      CreditReductions reductions) {
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.reductions = reductions;
  }

  @Override
  public Counted countAgainst(String customerNo, BigDecimal amount, String currency, LocalDate on, BigDecimal limit) {
    var counted = reductions.count(customerNo, amount, currency, on);
    return new Counted(counted.above(limit), counted.describe(limit));
  }

  @Override
  public Optional<CustomerFacts> customer(String customerNo) {
    return customers.findByCustomerNo(customerNo)
        .map(c -> new CustomerFacts(c.getCustomerNo(), c.getName(), c.getSalesperson(), c.getCurrency()));
  }

  @Override
  public Optional<InvoiceFacts> invoice(String invoiceNo) {
    return invoices.find(invoiceNo).map(i -> new InvoiceFacts(i.getInvoiceNo(),
        i.getCustomer().getCustomerNo(), i.getOpenAmount(), i.getCurrency()));
  }

  @Override
  public void dispute(String invoiceNo, String complaintNo, String actor) {
    invoices.markDisputed(invoiceNo, complaintNo, actor);
  }

  @Override
  public void releaseDispute(String invoiceNo, String complaintNo, String actor) {
    invoices.clearDispute(invoiceNo, complaintNo, actor);
  }

  @Override
  public List<String> postCreditNote(CreditNote note, String actor) {
    var posted = payments.postCreditNote(new NewCreditNote(note.creditNoteNo(), note.customerNo(), note.issueDate(),
        note.amount(), note.invoiceNo(), null, note.reason()), actor, note.approvedBy(), note.approvalRef()).value();
    return payments.allocations(posted).stream().map(Allocation::getInvoice).filter(i -> !i.isOpen())
        .map(Invoice::getInvoiceNo).distinct().toList();
  }
}
