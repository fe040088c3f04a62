package io.ardesk.credit.review;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Risk signals on customers (DOMAIN §6.5): anyone reports; each one leads to a credit review. */
@Service
@Transactional
public class RiskSignals {

  private final RiskSignalRepository signals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public RiskSignals(RiskSignalRepository signals, ApplicationEventPublisher events, Clock clock) {
    this.signals = signals;
    this.events = events;
    this.clock = clock;
  }

  /** Records the signal; a listener starts a review or has the running one join it. */
  public RiskSignal report(String customerNo, RiskSignalCode code, String note, String reportedBy) {
    RiskSignal signal = signals.save(new RiskSignal(customerNo, code, note, reportedBy, clock.instant()));
    events.publishEvent(new RiskSignalReported(signal.id(), customerNo, code));
    return signal;
  }

  public void reviewedIn(long signalId, long reviewId) {
    signals.findById(signalId).orElseThrow().reviewedIn(reviewId);
  }

  @Transactional(readOnly = true)
  public List<RiskSignal> ofReview(long reviewId) {
    return signals.findByReviewIdOrderByReportedAtAsc(reviewId);
  }
}
