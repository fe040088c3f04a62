package io.ardesk.collections;

import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceKind;
import io.ardesk.ledger.document.InvoiceService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one interest rule of docs/domain.md §8, for the dunning letters (shown), a supervisor's penalty
 * interest and an extension's outcome (charged): per invoice, in the invoice's currency, unpaid
 * amount × annual rate × days / 365; the rate is the contract's, else the customer's, else
 * {@code ardesk.interest.annual-rate}; the days run from the later of the due date and the day
 * through which interest was last charged on the invoice, to the charge date. A charge records the
 * day on the invoice ({@link #charged}), so no day is charged twice whoever charges it. Charges
 * (kind {@code CHARGE}) bear no interest.
 */
@Service
@Transactional
public class PenaltyInterest {
  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

  private final InterestRateRepository rates;
  private final InterestProperties interest;
  private final InvoiceService invoices;
  private final JdbcTemplate jdbc;

  PenaltyInterest(InterestRateRepository rates, InterestProperties interest, InvoiceService invoices,
      JdbcTemplate jdbc) {
    this.rates = rates;
    this.interest = interest;
    this.invoices = invoices;
    this.jdbc = jdbc;
  }

  /**
   * The interest on one invoice for one charge or letter: {@code interest} unrounded (round once per
   * charge document, or per letter line).
   */
  public record Accrual(String invoiceNo, String currency, BigDecimal base, BigDecimal annualRate, LocalDate from,
      LocalDate to, long days, BigDecimal interest) {}

  /** The interest of one currency, rounded half-up to the cent once. */
  public record Sum(String currency, BigDecimal amount) {}

  /** The rate for an invoice: its contract's, else the customer's, else the configured default. */
  @Transactional(readOnly = true)
  public BigDecimal rateFor(String customerNo, String contractNo) {
    return Optional.ofNullable(contractNo).flatMap(c -> rates.findByScopeAndScopeKey(InterestRate.CONTRACT, c))
        .or(() -> rates.findByScopeAndScopeKey(InterestRate.CUSTOMER, customerNo))
        .map(InterestRate::getAnnualRate).orElse(interest.annualRate());
  }

  /** The rate of one invoice by {@link #rateFor}. */
  @Transactional(readOnly = true)
  public BigDecimal rateOf(String invoiceNo) {
    Invoice invoice = invoices.get(invoiceNo);
    return rateFor(invoice.getCustomer().getCustomerNo(), invoice.getContractNo());
  }

  /**
   * The interest on {@code base} of the invoice from the later of {@code dueDate} and the day interest
   * was charged through, to {@code to}; zero days (and zero interest) when that is not before {@code to}
   * or the document is a charge.
   */
  @Transactional(readOnly = true)
  public Accrual accrue(Invoice invoice, LocalDate dueDate, BigDecimal base, LocalDate to) {
    return accrual(invoice.getInvoiceNo(), invoice.getKind() == InvoiceKind.CHARGE, invoice.getCurrency(),
        invoice.getInterestChargedThrough(), dueDate, base,
        rateFor(invoice.getCustomer().getCustomerNo(), invoice.getContractNo()), to);
  }

  /** One invoice's interest to work out: its number, the due date the days count from, and the amount. */
  public record Due(String invoiceNo, LocalDate dueDate, BigDecimal base) {}

  /**
   * {@link #accrue(Invoice, LocalDate, BigDecimal, LocalDate)} for many invoices of one customer at once
   * (a letter of 1,000 items): the invoices read in one query per 1,000, each rate looked up once.
   * Answers the accruals in the order given.
   */
  @Transactional(readOnly = true)
  public List<Accrual> accrueAll(String customerNo, List<Due> dues, LocalDate to) {
    Map<String, Object[]> facts = new java.util.HashMap<>();
    var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
    List<String> numbers = dues.stream().map(Due::invoiceNo).distinct().toList();
    for (int from = 0; from < numbers.size(); from += 1000) {
      named.query("select invoice_no, kind, contract_no, currency, interest_charged_through from invoice"
          + " where invoice_no in (:numbers)",
          Map.of("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000))),
          (org.springframework.jdbc.core.RowCallbackHandler) rs -> facts.put(rs.getString(1), new Object[] {
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)}));
    }
    Map<String, BigDecimal> rateByContract = new java.util.HashMap<>();
    List<Accrual> accruals = new ArrayList<>();
    for (Due due : dues) {
      Object[] f = facts.get(due.invoiceNo());
      if (f == null) {
        throw new io.ardesk.ledger.NotFoundException("invoice", "invoiceNo", due.invoiceNo());
      }
      String contractNo = (String) f[1];
      BigDecimal rate = rateByContract.computeIfAbsent(contractNo == null ? "" : contractNo,
          key -> rateFor(customerNo, contractNo));
      accruals.add(accrual(due.invoiceNo(), "CHARGE".equals(f[0]), (String) f[2], (LocalDate) f[3], due.dueDate(),
          due.base(), rate, to));
    }
    return accruals;
  }

  private static Accrual accrual(String invoiceNo, boolean charge, String currency, LocalDate through,
      LocalDate dueDate, BigDecimal base, BigDecimal rate, LocalDate to) {
    LocalDate from = through != null && through.isAfter(dueDate) ? through : dueDate;
    long days = charge ? 0 : Math.max(0, ChronoUnit.DAYS.between(from, to));
    return new Accrual(invoiceNo, currency, base, rate, from, to, days, interest(base, rate, days));
  }

  /** {@link #accrue(Invoice, LocalDate, BigDecimal, LocalDate)} by invoice number. */
  @Transactional(readOnly = true)
  public Accrual accrue(String invoiceNo, LocalDate dueDate, BigDecimal base, LocalDate to) {
    return accrue(invoices.get(invoiceNo), dueDate, base, to);
  }

  /**
   * The interest accrued to {@code to} on the customer's open, undisputed invoices past their
   * effective due date, each in its own currency; invoices with nothing to charge are left out.
   */
  @Transactional(readOnly = true)
  public List<Accrual> overdueInvoices(String customerNo, LocalDate to) {
    List<String> numbers = jdbc.queryForList("""
        select i.invoice_no from invoice i join customer c on c.id = i.customer_id
         where c.customer_no = ? and i.kind = 'INVOICE' and i.settled_on is null and i.open_amount > 0
           and i.disputed = false and i.effective_due_date < ? order by i.effective_due_date, i.invoice_no""",
        String.class, customerNo, Date.valueOf(to));
    List<Accrual> accruals = new ArrayList<>();
    for (String invoiceNo : numbers) {
      Invoice invoice = invoices.get(invoiceNo);
      Accrual accrual = accrue(invoice, invoice.getEffectiveDueDate(), invoice.getOpenAmount(), to);
      if (accrual.days() > 0 && accrual.interest().signum() > 0) {
        accruals.add(accrual);
      }
    }
    return accruals;
  }

  /** The accruals summed per currency (alphabetical), each rounded half-up to the cent once. */
  public static List<Sum> perCurrency(List<Accrual> accruals) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    accruals.forEach(a -> sums.merge(a.currency(), a.interest(), BigDecimal::add));
    return sums.entrySet().stream().map(e -> new Sum(e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_UP)))
        .toList();
  }

  /** Records on each invoice that interest is charged through the accrual's end by charge {@code reference}. */
  public void charged(List<Accrual> accruals, String reference, String actor) {
    accruals.stream().filter(a -> a.days() > 0)
        .forEach(a -> invoices.interestChargedThrough(a.invoiceNo(), a.to(), reference, actor));
  }

  /** Simple interest to the day: amount × annual rate × days / 365 (unrounded; round once per charge). */
  public static BigDecimal interest(BigDecimal amount, BigDecimal annualRate, long days) {
    return amount.multiply(annualRate).multiply(BigDecimal.valueOf(days)).divide(DAYS_A_YEAR, 10, RoundingMode.HALF_UP);
  }
}
