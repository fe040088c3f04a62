package io.ardesk.ledger.event;

/** A credit note waits for a supervisor (request {@code requestNo}); nothing is posted meanwhile. */
public record CreditNoteRequested(String requestNo, String customerNo, String requestedBy) {}
