package io.ardesk.complaints;

import java.math.BigDecimal;
import java.util.List;

/**
 * A complaint to receive. {@code category} is a {@link ComplaintCategory} name (any case, spaces or
 * hyphens for underscores); {@code claimAmount} may be null (no claim); {@code sourceReference} (an
 * order number, a statement line) makes receiving idempotent: the same source and reference again
 * returns the complaint already received.
 */
public record NewComplaint(
    String customerNo,
    String category,
    String description,
    List<String> invoiceNos,
    BigDecimal claimAmount,
    ComplaintSource source,
    String sourceReference) {

  public NewComplaint {
    invoiceNos = invoiceNos == null ? List.of() : invoiceNos;
    source = source == null ? ComplaintSource.API : source;
  }

  public static NewComplaint of(String customerNo, ComplaintCategory category, String description,
      List<String> invoiceNos, BigDecimal claimAmount) {
    return new NewComplaint(customerNo, category.name(), description, invoiceNos, claimAmount, ComplaintSource.API,
        null);
  }

  public NewComplaint from(ComplaintSource source, String reference) {
    return new NewComplaint(customerNo, category, description, invoiceNos, claimAmount, source, reference);
  }
}
