package io.ardesk.collections.extensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An extension request as the API shows it: the request, the check, the decision, the outcome and the letters. */
public record ExtensionView(
    String requestNo,
    String customerNo,
    String status,
    LocalDate requestedDueDate,
    String reason,
    String source,
    String requestedBy,
    LocalDateTime requestedAt,
    BigDecimal extendedAmount,
    String currency,
    List<Item> items,
    String creditCheck,
    String creditCheckNote,
    String creditCheckedBy,
    String tableDecision,
    String tableReason,
    String supervisorDecision,
    String supervisorReason,
    String decision,
    String decidedBy,
    LocalDateTime decidedAt,
    String outcome,
    BigDecimal paidAmount,
    BigDecimal balance,
    List<Charge> charges,
    List<Letter> letters) {

  public record Item(String invoiceNo, LocalDate previousDueDate, BigDecimal extendedAmount, BigDecimal openOnNewDate) {}

  public record Charge(String kind, String chargeNo, BigDecimal baseAmount, BigDecimal rate, BigDecimal amount,
      LocalDate dueDate) {}

  public record Letter(String kind, String subject, String address, String delivery, LocalDateTime sentAt) {}
}
