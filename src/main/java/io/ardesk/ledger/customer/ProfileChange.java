package io.ardesk.ledger.customer;

import java.time.LocalDate;

/** Changes to a customer's profile (the non-credit fields); a null field stays as it is. */
public record ProfileChange(
    String name,
    String address,
    String contactPerson,
    String principal,
    String phone,
    String email,
    String bankAccount,
    String currency,
    String salesperson,
    String territory,
    String ledgerAdministrator,
    LocalDate foundedOn,
    Boolean keyAccount,
    String language) {}
