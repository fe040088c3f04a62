package io.ardesk.ledger.importing;

/** A problem with one cell (or, without column, one line) of an imported file. */
public record LineError(int line, String column, String message) {}
