package io.ardesk.ledger.event;

/** A customer was opened. */
public record CustomerCreated(String customerNo, String name) {}
