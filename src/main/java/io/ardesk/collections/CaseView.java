package io.ardesk.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A collection case as the API shows it: where it stands, what was sent, promised and done, and
 * {@code followUpOn}, the day an open case waiting for a promise or a deferred decision looks again.
 */
public record CaseView(
    String customerNo,
    String status,
    Stage stage,
    LocalDate stageSince,
    BigDecimal overdueAmount,
    String currency,
    int overdueItems,
    int oldestDaysPastDue,
    boolean supplyStopped,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    List<Letter> letters,
    Promise openPromise,
    List<Promise> promises,
    List<Action> history,
    LocalDate followUpOn) {

  public record Letter(Stage stage, String subject, String address, String delivery, LocalDateTime createdAt,
      LocalDateTime sentAt, int attempts, String lastError) {}

  /** A promise to pay; {@code paidAmount} counts the payments since, converted into the promise's currency. */
  public record Promise(LocalDate date, BigDecimal amount, String currency, String status, BigDecimal paidAmount,
      String recordedBy, LocalDateTime recordedAt) {}

  public record Action(LocalDateTime at, Stage stage, ActionKind kind, String outcome, String excuse, String note,
      BigDecimal amount, String currency, LocalDate date, String actor) {}
}
