package io.ardesk.ledger.document;

import io.ardesk.ledger.JdbcBatch;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts new invoices, payments and their allocations in JDBC batches (the import path). An
 * allocation finds its payment by kind and number, so payments need not be read back for their ids.
 */
@Component
class DocumentRows {
  private static final String INSERT_INVOICE = """
      insert into invoice (invoice_no, kind, customer_id, contract_no, issue_date, due_date, effective_due_date,
        extended, amount, currency, description, open_amount, settled_on, last_allocated_on, disputed,
        dispute_reference, created_at, created_by, version)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
  private static final String INSERT_CREDIT = """
      insert into credit_document (document_no, kind, customer_id, document_date, amount, currency, method,
        invoice_refs, reason, approver, unapplied_amount, created_at, created_by, version)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
  private static final String INSERT_ALLOCATION = """
      insert into allocation (credit_document_id, invoice_id, amount, allocated_on, created_at)
      values ((select id from credit_document where kind = ? and document_no = ?), ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;

  DocumentRows(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  void insertInvoices(List<Invoice> invoices) {
    JdbcBatch.update(jdbc, INSERT_INVOICE, invoices, i -> new Object[] {
        i.getInvoiceNo(), i.getKind(), i.getCustomer().getId(), i.getContractNo(), i.getIssueDate(), i.getDueDate(),
        i.getEffectiveDueDate(), i.isExtended(), i.getAmount(), i.getCurrency(), i.getDescription(),
        i.getOpenAmount(), i.getSettledOn(), i.getLastAllocatedOn(), i.isDisputed(), i.getDisputeReference(),
        i.getCreatedAt(), i.getCreatedBy()});
  }

  /** New credit documents that reverse nothing (payments, credit notes), with what they left on account. */
  void insertCredits(List<CreditDocument> credits) {
    JdbcBatch.update(jdbc, INSERT_CREDIT, credits, d -> new Object[] {
        d.getDocumentNo(), d.getKind(), d.getCustomer().getId(), d.getDocumentDate(), d.getAmount(),
        d.getCurrency(), d.getMethod(), d.getInvoiceRefs(), d.getReason(), d.getApprover(),
        d.getUnappliedAmount(), d.getCreatedAt(), d.getCreatedBy()});
  }

  /** Allocations of credit documents inserted by {@link #insertCredits} to invoices already saved. */
  void insertAllocations(List<Allocation> allocations) {
    JdbcBatch.update(jdbc, INSERT_ALLOCATION, allocations, a -> new Object[] {
        a.getCreditDocument().getKind(), a.getCreditDocument().getDocumentNo(), a.getInvoice().getId(),
        a.getAmount(), a.getAllocatedOn(), a.getCreatedAt()});
  }
}
