package io.ardesk.ledger.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer to open. Only {@code customerNo} and {@code name} are required; currency, settlement
 * method and payment terms fall back to configuration, the credit limit to zero.
 */
public record NewCustomer(
    String customerNo,
    String name,
    String address,
    String contactPerson,
    String principal,
    String phone,
    String email,
    String bankAccount,
    String currency,
    SettlementMethod settlementMethod,
    Integer paymentTermsDays,
    BigDecimal creditLimit,
    String grade,
    LocalDate lastReviewDate,
    LocalDate nextReviewDate,
    String salesperson,
    String territory,
    String ledgerAdministrator,
    LocalDate foundedOn,
    Boolean keyAccount,
    String language) {

  public static NewCustomer of(String customerNo, String name) {
    return new NewCustomer(
        customerNo, name, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  /** True when a credit field (limit, grade, settlement, terms, review dates) is given. */
  public boolean setsCreditFields() {
    return settlementMethod != null
        || paymentTermsDays != null
        || creditLimit != null
        || grade != null
        || lastReviewDate != null
        || nextReviewDate != null;
  }
}
