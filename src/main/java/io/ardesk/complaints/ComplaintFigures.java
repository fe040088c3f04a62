package io.ardesk.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Complaint figures for the complaints received from {@code from} to {@code to} (both inclusive).
 *
 * @param received complaints received in the period
 * @param byCategory how many per category (every category listed, zero included)
 * @param byOutcome how many per outcome: the agreed solution kind once the customer was satisfied, {@code OPEN} before
 * @param answeredInTime first response (step 2) within the deadline
 * @param firstResponseMissed first response late, or still missing after the deadline
 * @param awaitingFirstResponse no first response yet, deadline not reached: counted in neither share
 * @param escalated complaints the 24-hour timer escalated to a supervisor
 * @param shareAnsweredInTime answered in time / (answered in time + missed), in percent with 2 decimals;
 *     null when no complaint was due yet
 * @param closed complaints archived (step 13)
 * @param averageHoursToClose receipt to archive, hours with 2 decimals, over the closed complaints; null when none
 */
public record ComplaintFigures(
    LocalDate from,
    LocalDate to,
    long received,
    Map<String, Long> byCategory,
    Map<String, Long> byOutcome,
    long answeredInTime,
    long firstResponseMissed,
    long awaitingFirstResponse,
    long escalated,
    BigDecimal shareAnsweredInTime,
    long closed,
    BigDecimal averageHoursToClose) {}
