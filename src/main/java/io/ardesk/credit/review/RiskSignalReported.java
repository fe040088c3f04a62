package io.ardesk.credit.review;

/** Published in the reporting transaction: a review must start, or the running one learn of it. */
public record RiskSignalReported(long signalId, String customerNo, RiskSignalCode code) {}
