package io.ardesk.ledger.event;

import java.time.LocalDate;

/** The ledger saw a risk signal itself (code {@code BOUNCED_CHEQUE} or {@code PAYMENT_REVERSED}). */
public record RiskSignalRecorded(String customerNo, String code, String reference, LocalDate raisedOn) {}
