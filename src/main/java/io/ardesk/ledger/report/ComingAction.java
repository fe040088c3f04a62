package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated thing that will happen to a customer: a collection case's next stage (letter, stop supply)
 * or look-again date from the engine's timer, a promised payment date, the end of a payment
 * extension, a credit review.
 *
 * @param kind {@code NEXT_STAGE}, {@code CASE_LOOKS_AGAIN}, {@code PROMISE_DUE}, {@code EXTENSION_ENDS},
 *     {@code CREDIT_REVIEW}
 * @param what what happens, in words
 * @param source where the date comes from: {@code engine timer} or the domain table
 */
public record ComingAction(
    LocalDate date,
    String kind,
    String customerNo,
    String customerName,
    String what,
    String stage,
    BigDecimal amount,
    String currency,
    String source) {}
