package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.rates.ExchangeRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payment record (帳齡記錄表) and delinquency record (客戶拖欠記錄) of a customer (§5). */
@Service
@Transactional(readOnly = true)
public class PaymentRecordService {
  private static final String LINES = """
      select i.invoice_no, i.contract_no, i.issue_date, i.effective_due_date, p.document_no, a.allocated_on,
             a.amount, cast(a.allocated_on - i.effective_due_date as integer) as days_late, p.currency,
             p.document_date
        from allocation a
        join credit_document p on p.id = a.credit_document_id
        join invoice i on i.id = a.invoice_id
       where p.customer_id = :customerId and p.kind = 'PAYMENT'
         and not exists (select 1 from credit_document r where r.reverses_id = p.id)
       order by a.allocated_on, i.invoice_no, a.id
      """;
  private static final String SIGNALS = """
      select count(case when code = 'BROKEN_PROMISE' then 1 end) as broken,
             count(case when code in ('BOUNCED_CHEQUE', 'PAYMENT_REVERSED') then 1 end) as reversed
        from ledger_risk_signal where customer_id = :customerId
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final AgingService aging;
  private final LedgerQueries queries;
  private final Clock clock;
  private final ExchangeRates rates;

  PaymentRecordService(NamedParameterJdbcTemplate jdbc, CustomerRepository customers, AgingService aging,
      LedgerQueries queries, Clock clock, ExchangeRates rates) {
    this.rates = rates;
    this.jdbc = jdbc;
    this.customers = customers;
    this.aging = aging;
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * The record in the customer's currency, every payment counted, one in another currency converted at
   * its payment date's rate (a missing rate is a {@link io.ardesk.ledger.rates.MissingExchangeRateException});
   * what is overdue is as of today.
   */
  public PaymentRecord paymentRecord(String customerNo) {
    Customer customer = customers.findByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    Buckets buckets = aging.buckets();
    var params = new MapSqlParameterSource("customerId", customer.getId())
        .addValue("currency", customer.getCurrency());
    var lines = new ArrayList<PaymentRecord.Line>();
    BigDecimal[] paid = new BigDecimal[buckets.size()];
    java.util.Arrays.fill(paid, Amounts.ZERO);
    var totals = new Object() {
      BigDecimal total = Amounts.ZERO;
      BigDecimal amountTimesDaysLate = BigDecimal.ZERO;
      BigDecimal paidLate = Amounts.ZERO;
      int longest;
      final Set<String> lateItems = new HashSet<>();
    };
    jdbc.query(LINES, params, rs -> {
      int daysLate = rs.getInt("days_late");
      BigDecimal paidAmount = Amounts.round(rs.getBigDecimal("amount"));
      String paidCurrency = rs.getString("currency");
      LocalDate paidOn = rs.getObject("document_date", LocalDate.class);
      boolean converted = !paidCurrency.equals(customer.getCurrency());
      BigDecimal amount = converted ? rates.convert(paidAmount, paidCurrency, customer.getCurrency(), paidOn)
          : paidAmount;
      String invoiceNo = rs.getString("invoice_no");
      lines.add(new PaymentRecord.Line(invoiceNo, rs.getString("contract_no"),
          rs.getObject("issue_date", LocalDate.class), rs.getObject("effective_due_date", LocalDate.class),
          rs.getString("document_no"), rs.getObject("allocated_on", LocalDate.class), amount, daysLate,
          buckets.nameOf(daysLate), paidAmount, paidCurrency,
          converted ? rates.rate(paidCurrency, customer.getCurrency(), paidOn) : null));
      int i = buckets.indexOf(daysLate);
      paid[i] = paid[i].add(amount);
      totals.total = totals.total.add(amount);
      if (daysLate > 0) {
        totals.amountTimesDaysLate = totals.amountTimesDaysLate.add(amount.multiply(BigDecimal.valueOf(daysLate)));
        totals.paidLate = totals.paidLate.add(amount);
        totals.longest = Math.max(totals.longest, daysLate);
        totals.lateItems.add(invoiceNo);
      }
    });
    var signals = jdbc.queryForMap(SIGNALS, params);
    var overdueNow = queries.overdueItems(customerNo, LocalDate.now(clock), true);
    var delinquency = new PaymentRecord.Delinquency(totals.lateItems.size(), totals.paidLate, totals.longest,
        overdueNow.size(),
        overdueNow.stream().map(OverdueItem::customerOpenAmount).reduce(Amounts.ZERO, BigDecimal::add),
        overdueNow.stream().mapToInt(OverdueItem::daysPastDue).max().orElse(0),
        ((Number) signals.get("broken")).intValue(), ((Number) signals.get("reversed")).intValue());
    var byBucket = new java.util.LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < buckets.size(); i++) {
      byBucket.put(buckets.names().get(i), paid[i]);
    }
    return new PaymentRecord(customerNo, customer.getName(), customer.getCurrency(), buckets.names(), totals.total,
        byBucket, AgingSums.ratio(totals.amountTimesDaysLate, totals.total), delinquency, lines);
  }

}
