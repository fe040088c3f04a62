package io.ardesk.collections.extensions;

import java.time.LocalDate;
import java.util.List;

/** A customer asks to pay these invoices by a later date, for a reason. */
public record NewExtensionRequest(String customerNo, List<String> invoiceNos, LocalDate requestedDueDate,
    String reason) {}
