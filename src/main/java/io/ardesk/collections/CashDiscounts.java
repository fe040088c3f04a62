package io.ardesk.collections;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.PaymentsImported;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash discounts honoured (docs/domain.md §4, §8). A supervisor's offer covers the invoices overdue when it
 * was made, each with its discount (open amount × percent, rounded half-up per invoice, in the
 * invoice's currency). A payment dated on or before the pay-by date that leaves, in every currency, no
 * more of the covered invoices open than their discounts earns the offer: what is left open is posted
 * as credit notes {@code CD-<offer>} ({@code CD-<offer>-<n>} when the offer covers several invoices),
 * dated the payment date, with the offering supervisor as the second person and the offer as the
 * approval. An offer is earned once; a late or short payment is allocated as usual and earns nothing.
 * Reversing the payment that earned it reverses its credit notes. Runs in the ledger's transaction.
 */
@Service
@Transactional
public class CashDiscounts {
  static final String SYSTEM = "system";

  private final CaseRepository cases;
  private final ActionRepository actions;
  private final MeasureRepository measures;
  private final LedgerQueries ledger;
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  CashDiscounts(CaseRepository cases, ActionRepository actions, MeasureRepository measures, LedgerQueries ledger,
      InvoiceService invoices, PaymentService payments, JdbcTemplate jdbc, Clock clock) {
    this.cases = cases;
    this.actions = actions;
    this.measures = measures;
    this.ledger = ledger;
    this.invoices = invoices;
    this.payments = payments;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An invoice an offer covers, what it had open when offered, its discount and the credit note that granted it. */
  public record Covered(int lineNo, String invoiceNo, String currency, BigDecimal openAmount, BigDecimal discount,
      String creditNoteNo, BigDecimal credited) {}

  /**
   * Records the invoices a cash discount offer covers: the customer's overdue, undisputed items today.
   * Answers the discount in the customer's currency (each item's converted open amount × percent,
   * rounded per item), the figure the letter shows.
   */
  BigDecimal offer(CollectionMeasure measure, String customerNo, BigDecimal percent) {
    List<OverdueItem> items = ledger.overdueItems(customerNo, LocalDate.now(clock));
    if (items.isEmpty()) {
      throw new InvalidInputException("measureDecision", "nothing is overdue to offer a cash discount on");
    }
    BigDecimal total = BigDecimal.ZERO;
    int line = 0;
    for (OverdueItem item : items) {
      jdbc.update("""
          insert into cash_discount_invoice (measure_id, line_no, invoice_no, currency, open_amount, discount)
          values (?, ?, ?, ?, ?, ?)""", measure.getId(), ++line, item.invoiceNo(), item.currency(), item.openAmount(),
          discount(item.openAmount(), percent));
      total = total.add(discount(item.customerOpenAmount(), percent));
    }
    return total;
  }

  static BigDecimal discount(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
  }

  /** The invoices an offer covers, in order. */
  @Transactional(readOnly = true)
  public List<Covered> covered(Long measureId) {
    return jdbc.query("""
        select line_no, invoice_no, currency, open_amount, discount, credit_note_no, credited
          from cash_discount_invoice where measure_id = ? order by line_no""",
        (rs, n) -> new Covered(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7)), measureId);
  }

  @EventListener
  void on(PaymentPosted payment) {
    honour(payment.customerNo(), payment.paymentNo(), payment.paymentDate());
  }

  /** An import chunk: one look-up for the chunk's customers with an offer not earned yet, then those only. */
  @EventListener
  void on(PaymentsImported imported) {
    List<String> customerNos = imported.payments().stream().map(PaymentPosted::customerNo).distinct().toList();
    java.util.Set<String> offered = new java.util.HashSet<>();
    for (int from = 0; from < customerNos.size(); from += 1000) {
      List<String> page = customerNos.subList(from, Math.min(customerNos.size(), from + 1000));
      offered.addAll(jdbc.queryForList("""
          select distinct c.customer_no from collection_measure m join collection_case c on c.id = m.case_id
           where m.decision = 'CASH_DISCOUNT' and m.discount_payment_no is null and c.customer_no in ("""
          + String.join(",", java.util.Collections.nCopies(page.size(), "?")) + ")", String.class, page.toArray()));
    }
    imported.payments().stream().filter(p -> offered.contains(p.customerNo()))
        .forEach(p -> honour(p.customerNo(), p.paymentNo(), p.paymentDate()));
  }

  @EventListener
  void on(PaymentReversed reversal) {
    reverse(reversal.paymentNo(), reversal.reversalDate());
  }

  /**
   * Grants the customer's offers that this payment earns (see the class); answers the credit notes
   * posted. An offer already earned is never granted again, so a repeated call posts nothing.
   */
  public List<String> honour(String customerNo, String paymentNo, LocalDate paymentDate) {
    List<Long> offers = jdbc.queryForList("""
        select m.id from collection_measure m join collection_case c on c.id = m.case_id
         where c.customer_no = ? and m.decision = 'CASH_DISCOUNT' and m.discount_payment_no is null
           and m.pay_by >= ? order by m.id""", Long.class, customerNo, Date.valueOf(paymentDate));
    List<String> posted = new ArrayList<>();
    for (Long offerId : offers) {
      posted.addAll(grantIfEarned(measures.findById(offerId).orElseThrow(), paymentNo, paymentDate));
    }
    return posted;
  }

  private List<String> grantIfEarned(CollectionMeasure offer, String paymentNo, LocalDate paymentDate) {
    List<Covered> covered = covered(offer.getId());
    Map<String, BigDecimal> open = new LinkedHashMap<>();
    Map<String, BigDecimal> discounts = new LinkedHashMap<>();
    Map<Integer, BigDecimal> openNow = new LinkedHashMap<>();
    for (Covered item : covered) {
      BigDecimal left = invoices.get(item.invoiceNo()).getOpenAmount();
      openNow.put(item.lineNo(), left);
      open.merge(item.currency(), left, BigDecimal::add);
      discounts.merge(item.currency(), item.discount(), BigDecimal::add);
    }
    boolean anythingLeft = open.values().stream().anyMatch(a -> a.signum() > 0);
    boolean coveredLessDiscount = open.entrySet().stream()
        .allMatch(e -> e.getValue().compareTo(discounts.get(e.getKey())) <= 0);
    if (!anythingLeft || !coveredLessDiscount) {
      return List.of();
    }
    CollectionCase c = cases.findById(offer.getCaseId()).orElseThrow();
    String percent = offer.getDiscountPercent().stripTrailingZeros().toPlainString();
    List<String> notes = new ArrayList<>();
    for (Covered item : covered) {
      BigDecimal left = openNow.get(item.lineNo());
      if (left.signum() <= 0) {
        continue;
      }
      String creditNoteNo = covered.size() == 1 ? "CD-" + offer.getId() : "CD-" + offer.getId() + "-" + item.lineNo();
      payments.postCreditNote(new NewCreditNote(creditNoteNo, c.getCustomerNo(), paymentDate, left, item.invoiceNo(),
          item.currency(), "Cash discount " + percent + " % (offer " + offer.getId() + ", pay by " + offer.getPayBy()
              + ") earned by payment " + paymentNo), SYSTEM, offer.getDecidedBy(), "cash discount offer " + offer.getId());
      jdbc.update("update cash_discount_invoice set credit_note_no = ?, credited = ? where measure_id = ? and line_no = ?",
          creditNoteNo, left, offer.getId(), item.lineNo());
      notes.add(creditNoteNo);
    }
    offer.discountEarned(paymentNo, LocalDate.now(clock));
    actions.save(new CollectionAction(c, ActionKind.DISCOUNT_GRANTED, SYSTEM, LocalDateTime.now(clock))
        .outcome(String.join(",", notes)).note("cash discount " + percent + " % earned by payment " + paymentNo
            + " of " + paymentDate + " (offer " + offer.getId() + " by " + offer.getDecidedBy() + ")")
        .on(paymentDate));
    return notes;
  }

  /** Reverses the discounts this payment earned (the payment was reversed); answers the credit notes reversed. */
  public List<String> reverse(String paymentNo, LocalDate on) {
    List<Long> offers = jdbc.queryForList("""
        select id from collection_measure where decision = 'CASH_DISCOUNT' and discount_payment_no = ?
           and discount_reversed_on is null order by id""", Long.class, paymentNo);
    List<String> reversed = new ArrayList<>();
    for (Long offerId : offers) {
      CollectionMeasure offer = measures.findById(offerId).orElseThrow();
      List<String> notes = covered(offerId).stream().map(Covered::creditNoteNo).filter(n -> n != null).toList();
      for (String note : notes) {
        payments.reverseCreditNote(note, on, "payment " + paymentNo + " was reversed: the cash discount of offer "
            + offerId + " falls with it", SYSTEM);
      }
      offer.discountReversed(on);
      CollectionCase c = cases.findById(offer.getCaseId()).orElseThrow();
      actions.save(new CollectionAction(c, ActionKind.DISCOUNT_REVERSED, SYSTEM, LocalDateTime.now(clock))
          .outcome(String.join(",", notes)).note("payment " + paymentNo + " was reversed").on(on));
      reversed.addAll(notes);
    }
    return reversed;
  }
}
