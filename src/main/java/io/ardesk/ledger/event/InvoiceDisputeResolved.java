package io.ardesk.ledger.event;

/** The dispute of an invoice was settled; it is collectable again. */
public record InvoiceDisputeResolved(String customerNo, String invoiceNo, String reference) {}
