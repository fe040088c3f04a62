package io.ardesk.ledger.document;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment received; {@code invoiceNos} are the invoices it names (對應號), may be empty. */
public record NewPayment(
    @Size(max = Limits.CREDIT_DOCUMENT_NO) String paymentNo,
    @Size(max = Limits.CUSTOMER_NO) String customerNo,
    LocalDate paymentDate,
    @Amount BigDecimal amount,
    @Size(max = 20) List<@Size(max = Limits.DOCUMENT_NO) String> invoiceNos,
    PaymentMethod method,
    @Size(max = Limits.CURRENCY) String currency) {

  public NewPayment {
    invoiceNos = invoiceNos == null ? List.of() : List.copyOf(invoiceNos);
  }
}
