package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monthly statement of account per customer (docs/domain.md §11). */
@Service
@Transactional(readOnly = true)
public class StatementService {
  /** Every document of the customer in one currency as signed amounts: debits +, credits −. */
  private static final String DOCUMENTS = """
      select issue_date as doc_date, 0 as sort_key, kind as type, invoice_no as document_no,
             contract_no as reference, effective_due_date as due_date, amount as signed_amount
        from invoice where customer_id = :customerId and currency = :currency
      union all
      select document_date, 1, kind, document_no, invoice_refs, cast(null as date),
             case when kind = 'REVERSAL' then amount else -amount end
        from credit_document where customer_id = :customerId and currency = :currency
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final AgingService aging;

  StatementService(NamedParameterJdbcTemplate jdbc, CustomerRepository customers, AgingService aging) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.aging = aging;
  }

  /** The statement of {@code month} in the customer's currency. */
  public Statement statement(String customerNo, YearMonth month) {
    Customer customer = customers.findByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    var params = new MapSqlParameterSource("customerId", customer.getId())
        .addValue("currency", customer.getCurrency()).addValue("from", from).addValue("to", to);
    BigDecimal opening = Amounts.orZero(jdbc.queryForObject(
        "select sum(d.signed_amount) from (" + DOCUMENTS + ") d where d.doc_date < :from", params, BigDecimal.class));
    var lines = new ArrayList<Statement.Line>();
    var running = new Object() {
      BigDecimal balance = opening;
      BigDecimal debits = Amounts.ZERO;
      BigDecimal credits = Amounts.ZERO;
    };
    jdbc.query("select d.* from (" + DOCUMENTS + ") d where d.doc_date between :from and :to"
        + " order by d.doc_date, d.sort_key, d.document_no", params, rs -> {
          BigDecimal signed = Amounts.round(rs.getBigDecimal("signed_amount"));
          running.balance = running.balance.add(signed);
          BigDecimal debit = signed.signum() > 0 ? signed : null;
          BigDecimal credit = signed.signum() < 0 ? signed.negate() : null;
          if (debit != null) running.debits = running.debits.add(debit);
          if (credit != null) running.credits = running.credits.add(credit);
          lines.add(new Statement.Line(rs.getObject("doc_date", LocalDate.class), rs.getString("type"),
              rs.getString("document_no"), rs.getString("reference"), rs.getObject("due_date", LocalDate.class),
              debit, credit, running.balance));
        });
    var report = aging.aging(to, customer.getCurrency(), customerNo);
    return new Statement(customerNo, customer.getName(), customer.getCurrency(), month, from, to, opening, lines,
        running.debits, running.credits, running.balance, report.total());
  }
}
