package io.ardesk.collections.extensions;

import java.math.BigDecimal;

/**
 * What the credit department sees in the credit check of an extension, fresh from the ledger and
 * the credit records, worded for people: the request, ledger facts, payment record, grade and the
 * customer's open risk signals.
 */
public record CreditFacts(
    String customerName,
    String request,
    String ledger,
    String paymentRecord,
    String grade,
    String riskSignals,
    BigDecimal extendedAmount,
    int extensionDays) {}
