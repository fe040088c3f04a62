package io.ardesk.ledger.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment received; {@code invoiceNos} are the invoices it names (對應號), may be empty. */
public record NewPayment(
    String paymentNo,
    String customerNo,
    LocalDate paymentDate,
    BigDecimal amount,
    List<String> invoiceNos,
    PaymentMethod method,
    String currency) {

  public NewPayment {
    invoiceNos = invoiceNos == null ? List.of() : List.copyOf(invoiceNos);
  }
}
