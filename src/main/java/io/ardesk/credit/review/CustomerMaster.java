package io.ardesk.credit.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What credit needs from the customer master (docs/domain.md §3): a few facts to word tasks and find the
 * salesperson, and the place where approved terms are written with history.
 */
public interface CustomerMaster {

  Optional<CreditCustomer> find(String customerNo);

  /**
   * Writes approved terms to the customer master, keeping history with who decided, who approved as
   * the second person ({@code approvedBy}, null when the decision was within credit's authority) and why.
   */
  void applyCreditTerms(String customerNo, CreditDecision decision, LocalDate nextReviewDate, String actor,
      String approvedBy);

  /** Whether the decision loosens the customer's current credit (higher limit, better grade, to credit). */
  boolean loosens(String customerNo, CreditDecision decision);

  /**
   * An amount in the customer's currency in the base currency at today's rate, for limits set in the
   * base currency (a missing rate is a {@link io.ardesk.ledger.rates.MissingExchangeRateException}).
   */
  BigDecimal inBaseCurrency(String customerNo, BigDecimal amount);

  /** The payment record's amount-weighted average days late; empty before a first payment. */
  Optional<BigDecimal> averageDaysLate(String customerNo);

  /** {@code grade}: the grade on the customer master, null when it has none yet. */
  record CreditCustomer(
      String customerNo,
      String name,
      String salesperson,
      String ledgerAdministrator,
      LocalDate foundingDate,
      int paymentTermsDays,
      String grade) {}
}
