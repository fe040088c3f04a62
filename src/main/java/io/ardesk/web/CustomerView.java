package io.ardesk.web;

import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerHold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A customer as the API shows it, with its active holds. */
public record CustomerView(
    String customerNo,
    String name,
    String status,
    BigDecimal creditLimit,
    String grade,
    String currency,
    String settlementMethod,
    int paymentTermsDays,
    LocalDate lastReviewDate,
    LocalDate nextReviewDate,
    String address,
    String contactPerson,
    String principal,
    String phone,
    String email,
    String bankAccount,
    String salesperson,
    String territory,
    String ledgerAdministrator,
    LocalDate foundedOn,
    boolean keyAccount,
    String language,
    List<Hold> activeHolds) {

  public record Hold(String cause, String reference, String placedBy, String placedAt, String reason) {}

  static CustomerView of(Customer c, List<CustomerHold> holds) {
    return new CustomerView(c.getCustomerNo(), c.getName(), c.getStatus().name(), c.getCreditLimit(), c.getGrade(),
        c.getCurrency(), c.getSettlementMethod().name(), c.getPaymentTermsDays(), c.getLastReviewDate(),
        c.getNextReviewDate(), c.getAddress(), c.getContactPerson(), c.getPrincipal(), c.getPhone(), c.getEmail(),
        c.getBankAccount(), c.getSalesperson(), c.getTerritory(), c.getLedgerAdministrator(), c.getFoundedOn(),
        c.isKeyAccount(), c.getLanguage(),
        holds.stream().map(h -> new Hold(h.getCause(), h.getReference(), h.getPlacedBy(),
            h.getPlacedAt().toString(), h.getPlaceReason())).toList());
  }
}
