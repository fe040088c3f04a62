package io.ardesk.credit.review;

import io.ardesk.ledger.customer.CreditTerms;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.ledger.report.PaymentRecordService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The ledger's customer master, as credit uses it. */
@Component
class LedgerCustomerMaster implements CustomerMaster {

  private final CustomerRepository customers;
  private final CustomerService customerService;
  private final PaymentRecordService paymentRecords;
  private final Clock clock;
  private final ExchangeRates rates;

  LedgerCustomerMaster(
      CustomerRepository customers, CustomerService customerService, PaymentRecordService paymentRecords, Clock clock,
      ExchangeRates rates) {
    this.rates = rates;
    this.customers = customers;
    this.customerService = customerService;
    this.paymentRecords = paymentRecords;
    this.clock = clock;
  }

  @Override
  public Optional<CreditCustomer> find(String customerNo) {
    return customers
        .findByCustomerNo(customerNo)
        .map(c -> new CreditCustomer(
            c.getCustomerNo(), c.getName(), c.getSalesperson(), c.getLedgerAdministrator(), c.getFoundedOn(),
            c.getPaymentTermsDays(), c.getGrade()));
  }

  @Override
  public BigDecimal inBaseCurrency(String customerNo, BigDecimal amount) {
    String currency = customerService.get(customerNo).getCurrency();
    return rates.convert(amount, currency, rates.baseCurrency(), LocalDate.now(clock));
  }

  @Override
  public Optional<BigDecimal> averageDaysLate(String customerNo) {
    var record = paymentRecords.paymentRecord(customerNo);
    return record.totalPaid().signum() == 0 ? Optional.empty() : Optional.of(record.weightedAverageDaysLate());
  }

  @Override
  public boolean loosens(String customerNo, CreditDecision decision) {
    return customerService.loosens(customerNo, new CreditTerms(decision.limit(), decision.grade().name(),
        SettlementMethod.valueOf(decision.settlementMethod().name()), null, null, null));
  }

  @Override
  public void applyCreditTerms(String customerNo, CreditDecision decision, LocalDate nextReviewDate, String actor,
      String approvedBy) {
    var terms =
        new CreditTerms(
            decision.limit(), decision.grade().name(), SettlementMethod.valueOf(decision.settlementMethod().name()),
            decision.paymentTermsDays(), LocalDate.now(clock), nextReviewDate);
    customerService.applyReviewedTerms(customerNo, terms, actor, approvedBy, reasonFor(decision));
  }

  private static String reasonFor(CreditDecision decision) {
    String review = "credit review: grade " + decision.grade();
    return decision.reason() == null || decision.reason().isBlank() ? review : review + ", " + decision.reason();
  }
}
