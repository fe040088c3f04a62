package io.ardesk.ledger.importing;

/** Rows created, and rows that were already there with the same content. */
public record ImportResult(int created, int unchanged) {}
