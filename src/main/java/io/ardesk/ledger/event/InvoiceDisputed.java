package io.ardesk.ledger.event;

/** An invoice was disputed (e.g. by a complaint, the reference); allocation and dunning skip it. */
public record InvoiceDisputed(String customerNo, String invoiceNo, String reference) {}
