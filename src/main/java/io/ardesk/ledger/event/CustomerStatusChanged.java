package io.ardesk.ledger.event;

/** A customer's status changed (a hold placed or lifted, cash only, closed, reopened). */
public record CustomerStatusChanged(String customerNo, String from, String to, String reason) {}
