package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Collection KPIs for a period (docs/domain.md §5), with the credit sales of the whole period:
 * DSO = ending AR / credit sales × days; best-possible DSO = ending current AR / credit sales × days;
 * ADD = DSO − best-possible DSO; CEI = (beginning AR + sales − ending AR) / (beginning AR + sales −
 * ending current AR) × 100. Ratios are null when their denominator is zero.
 */
public record Kpis(
    LocalDate from,
    LocalDate to,
    String currency,
    int days,
    BigDecimal beginningReceivables,
    BigDecimal creditSales,
    BigDecimal endingReceivables,
    BigDecimal endingCurrentReceivables,
    BigDecimal dso,
    BigDecimal bestPossibleDso,
    BigDecimal averageDaysDelinquent,
    BigDecimal collectionEffectivenessIndex) {}
