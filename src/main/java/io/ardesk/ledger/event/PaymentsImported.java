package io.ardesk.ledger.event;

import java.util.List;

/**
 * The payments one import chunk posted, in file order: listeners do per customer what they would do
 * per payment (a case hears once of all its customer's payments in the chunk).
 */
public record PaymentsImported(List<PaymentPosted> payments) {

  public PaymentsImported {
    payments = List.copyOf(payments);
  }
}
