package io.ardesk.ledger.event;

/** A write-off waits for a supervisor (request {@code requestNo}); the invoice stays open meanwhile. */
public record WriteOffRequested(String requestNo, String invoiceNo, String customerNo, String requestedBy) {}
