package io.ardesk.credit.review;

import java.time.Clock;
import java.util.List;
import io.ardesk.ledger.event.RiskSignalRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Risk signals on customers (docs/domain.md §6.5): anyone reports; each one leads to a credit review. */
@Service
@Transactional
public class RiskSignals {

  static final String LEDGER = "ledger";

  private final CreditRiskSignalRepository signals;
  private final CustomerMaster customerMaster;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public RiskSignals(
      CreditRiskSignalRepository signals, CustomerMaster customerMaster, ApplicationEventPublisher events, Clock clock) {
    this.signals = signals;
    this.customerMaster = customerMaster;
    this.events = events;
    this.clock = clock;
  }

  /** Records the signal; a listener starts a review or has the running one join it. */
  public CreditRiskSignal report(String customerNo, RiskSignalCode code, String note, String reportedBy) {
    if (customerMaster.find(customerNo).isEmpty()) {
      throw new UnknownCustomerException(customerNo);
    }
    CreditRiskSignal signal = signals.save(new CreditRiskSignal(customerNo, code, note, reportedBy, clock.instant()));
    events.publishEvent(new RiskSignalReported(signal.id(), customerNo, code));
    return signal;
  }

  /** The ledger's own signals (a bounced cheque, a reversed payment, a broken promise) are credit's too. */
  @EventListener
  public void on(RiskSignalRecorded recorded) {
    report(recorded.customerNo(), RiskSignalCode.valueOf(recorded.code()), recorded.reference(), LEDGER);
  }

  public void reviewedIn(long signalId, long reviewId) {
    signals.findById(signalId).orElseThrow().reviewedIn(reviewId);
  }

  @Transactional(readOnly = true)
  public List<CreditRiskSignal> ofReview(long reviewId) {
    return signals.findByReviewIdOrderByReportedAtAsc(reviewId);
  }
}
