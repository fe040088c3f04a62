package io.ardesk.ledger.document;

import io.ardesk.ledger.JdbcBatch;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts new invoices, payments and their allocations in JDBC batches (the import path). An
 * allocation finds its payment by kind and number, so payments need not be read back for their ids.
 * The balances an import's allocations changed are written in one statement per 1,000 invoices on
 * PostgreSQL ({@code unnest} of arrays) and in a batch elsewhere, with the entity's version check.
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

  private static final String UPDATE_BALANCES_POSTGRES = """
      update invoice i set open_amount = v.open_amount, settled_on = v.settled_on,
        last_allocated_on = v.last_allocated_on, version = i.version + 1
      from unnest(?::bigint[], ?::numeric[], ?::date[], ?::date[], ?::bigint[])
        as v(id, open_amount, settled_on, last_allocated_on, version)
      where i.id = v.id and i.version = v.version""";
  private static final String UPDATE_BALANCE = """
      update invoice set open_amount = ?, settled_on = ?, last_allocated_on = ?, version = version + 1
      where id = ? and version = ?""";
  private static final int SLICE = 1000;

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  DocumentRows(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * Writes the open amount, settled-on and last-allocated dates of these managed invoices as they
   * are now, each only if its row still has the version the entity was read with (else the
   * transaction fails like a JPA version conflict). The caller detaches the invoices afterwards.
   */
  void updateBalances(List<Invoice> invoices) {
    if (invoices.isEmpty()) {
      return;
    }
    int updated = isPostgres() ? updateBalancesInSlices(invoices)
        : Arrays.stream(jdbc.batchUpdate(UPDATE_BALANCE, invoices, SLICE, (ps, i) -> {
          ps.setBigDecimal(1, i.getOpenAmount());
          ps.setObject(2, i.getSettledOn());
          ps.setObject(3, i.getLastAllocatedOn());
          ps.setLong(4, i.getId());
          ps.setLong(5, i.getVersion());
        })).flatMapToInt(Arrays::stream).sum();
    if (updated != invoices.size()) {
      throw new OptimisticLockingFailureException("invoices changed by someone else during the import: "
          + (invoices.size() - updated) + " of " + invoices.size());
    }
  }

  private int updateBalancesInSlices(List<Invoice> invoices) {
    return jdbc.execute((ConnectionCallback<Integer>) connection -> {
      int updated = 0;
      try (PreparedStatement ps = connection.prepareStatement(UPDATE_BALANCES_POSTGRES)) {
        for (int from = 0; from < invoices.size(); from += SLICE) {
          List<Invoice> slice = invoices.subList(from, Math.min(invoices.size(), from + SLICE));
          ps.setArray(1, connection.createArrayOf("bigint", slice.stream().map(Invoice::getId).toArray()));
          ps.setArray(2, connection.createArrayOf("numeric",
              slice.stream().map(Invoice::getOpenAmount).toArray(BigDecimal[]::new)));
          ps.setArray(3, dates(connection, slice.stream().map(Invoice::getSettledOn).toList()));
          ps.setArray(4, dates(connection, slice.stream().map(Invoice::getLastAllocatedOn).toList()));
          ps.setArray(5, connection.createArrayOf("bigint", slice.stream().map(Invoice::getVersion).toArray()));
          updated += ps.executeUpdate();
        }
      }
      return updated;
    });
  }

  private static java.sql.Array dates(Connection connection, List<java.time.LocalDate> dates)
      throws java.sql.SQLException {
    return connection.createArrayOf("date", dates.stream().map(d -> d == null ? null : Date.valueOf(d)).toArray());
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) c ->
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
      postgres = known;
    }
    return known;
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
