package io.ardesk.ledger.event;

/** A change that loosens a customer's credit waits for a supervisor (request {@code requestNo}). */
public record CreditChangeRequested(String requestNo, String customerNo, String requestedBy) {}
