package io.ardesk.credit.review;

import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.SettlementMethod;
import java.math.BigDecimal;

/** What credit decides on an assessment: the terms to apply, and why. */
public record CreditDecision(
    CreditGrade grade,
    BigDecimal limit,
    SettlementMethod settlementMethod,
    int paymentTermsDays,
    String reason) {}
