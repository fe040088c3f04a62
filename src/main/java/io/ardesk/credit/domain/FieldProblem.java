package io.ardesk.credit.domain;

/** One input that cannot be used, named as the caller named it (e.g. {@code financials.inventory}). */
public record FieldProblem(String field, String message) {}
