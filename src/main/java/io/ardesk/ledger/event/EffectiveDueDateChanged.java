package io.ardesk.ledger.event;

import java.time.LocalDate;

/** An extension moved an invoice's effective due date; the original due date is kept. */
public record EffectiveDueDateChanged(
    String customerNo,
    String invoiceNo,
    LocalDate originalDueDate,
    LocalDate previousDueDate,
    LocalDate newDueDate,
    String reference) {}
