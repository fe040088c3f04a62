package io.ardesk.ledger.document;

import io.ardesk.ledger.customer.Customer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {
  Optional<Invoice> findByInvoiceNo(String invoiceNo);

  List<Invoice> findByInvoiceNoIn(Collection<String> invoiceNos);

  /** Open undisputed items in allocation order: oldest effective due date first. */
  @Query("""
      select i from Invoice i where i.customer = ?1 and i.currency = ?2
        and i.settledOn is null and i.disputed = false
      order by i.effectiveDueDate, i.issueDate, i.id""")
  List<Invoice> findCollectable(Customer customer, String currency);

  /** The same for many customers at once, in every currency, by customer in allocation order. */
  @Query("""
      select i from Invoice i where i.customer.id in ?1
        and i.settledOn is null and i.disputed = false
      order by i.customer.id, i.effectiveDueDate, i.issueDate, i.id""")
  List<Invoice> findCollectableOfCustomers(Collection<Long> customerIds);
}

interface CreditDocumentRepository extends JpaRepository<CreditDocument, Long> {
  Optional<CreditDocument> findByKindAndDocumentNo(CreditKind kind, String documentNo);

  /** Documents of every kind with these numbers (a reversal has the number of its payment). */
  List<CreditDocument> findByDocumentNoIn(Collection<String> documentNos);

  /** Which of these customers have something on account (in any currency). */
  @Query("select distinct d.customer.id from CreditDocument d where d.customer.id in ?1 and d.unappliedAmount > 0")
  List<Long> findCustomersWithCreditOnAccount(Collection<Long> customerIds);

  long countByKindAndDocumentNoStartingWith(CreditKind kind, String prefix);

  /** Payments and credit notes with something left on account, oldest first. */
  @Query("""
      select d from CreditDocument d where d.customer = ?1 and d.currency = ?2
        and d.unappliedAmount > 0
      order by d.documentDate, d.id""")
  List<CreditDocument> findOnAccount(Customer customer, String currency);
}

interface AllocationRepository extends JpaRepository<Allocation, Long> {
  @Query("select a from Allocation a join fetch a.invoice where a.creditDocument = ?1 order by a.id")
  List<Allocation> findByCreditDocument(CreditDocument document);
}

interface InvoiceChangeRepository extends JpaRepository<InvoiceChange, Long> {
  @Query("select c from InvoiceChange c where c.invoice = ?1 order by c.id")
  List<InvoiceChange> findByInvoice(Invoice invoice);
}

interface RiskSignalRepository extends JpaRepository<RiskSignal, Long> {
  @Query("select s from RiskSignal s where s.customer = ?1 order by s.id")
  List<RiskSignal> findByCustomer(Customer customer);
}

interface WriteOffRequestRepository extends JpaRepository<WriteOffRequest, Long> {
  Optional<WriteOffRequest> findByRequestNo(String requestNo);

  long countByInvoiceNo(String invoiceNo);

  boolean existsByInvoiceNoAndStatus(String invoiceNo, io.ardesk.ledger.ApprovalStatus status);
}

interface CreditNoteRequestRepository extends JpaRepository<CreditNoteRequest, Long> {
  Optional<CreditNoteRequest> findByRequestNo(String requestNo);

  long countByCustomerNo(String customerNo);

  Optional<CreditNoteRequest> findFirstByCreditNoteNoAndStatus(String creditNoteNo,
      io.ardesk.ledger.ApprovalStatus status);
}
