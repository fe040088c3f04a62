package io.ardesk.ledger.customer;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer to open. Only {@code customerNo} and {@code name} are required; currency, settlement
 * method and payment terms fall back to configuration, the credit limit to zero.
 */
public record NewCustomer(
    @Size(max = Limits.CUSTOMER_NO) String customerNo,
    @Size(max = Limits.NAME) String name,
    @Size(max = Limits.ADDRESS) String address,
    @Size(max = Limits.NAME) String contactPerson,
    @Size(max = Limits.NAME) String principal,
    @Size(max = Limits.PHONE) String phone,
    @Size(max = Limits.EMAIL) String email,
    @Size(max = Limits.BANK_ACCOUNT) String bankAccount,
    @Size(max = Limits.CURRENCY) String currency,
    SettlementMethod settlementMethod,
    Integer paymentTermsDays,
    @Amount BigDecimal creditLimit,
    @Size(max = Limits.GRADE) String grade,
    LocalDate lastReviewDate,
    LocalDate nextReviewDate,
    @Size(max = Limits.USER_ID) String salesperson,
    @Size(max = Limits.TERRITORY) String territory,
    @Size(max = Limits.USER_ID) String ledgerAdministrator,
    LocalDate foundedOn,
    Boolean keyAccount,
    @Size(max = Limits.LANGUAGE) String language) {

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
