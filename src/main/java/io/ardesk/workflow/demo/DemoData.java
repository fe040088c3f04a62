package io.ardesk.workflow.demo;

import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.SettlementMethod;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo data file ({@code demo/demo-data.yaml}) as read: customers with their invoices, standing
 * and holds; complaints; orders for order-to-cash. Dates are days relative to the day of loading.
 */
public record DemoData(List<Customer> customers, List<Complaint> complaints, List<Order> orders) {

  public DemoData {
    customers = customers == null ? List.of() : customers;
    complaints = complaints == null ? List.of() : complaints;
    orders = orders == null ? List.of() : orders;
  }

  public record Customer(String customerNo, String name, String address, String contactPerson, String principal,
      String phone, String email, String language, String currency, SettlementMethod settlementMethod,
      Integer paymentTermsDays, BigDecimal creditLimit, String grade, String salesperson, String territory,
      String ledgerAdministrator, Boolean keyAccount, CustomerStatus status, String statusReason, Hold hold,
      List<Invoice> invoices) {

    public Customer {
      invoices = invoices == null ? List.of() : invoices;
    }
  }

  /** {@code daysPastDue}: fell due that many days ago (negative: falls due in that many days). */
  public record Invoice(String invoiceNo, BigDecimal amount, int daysPastDue, String contractNo) {}

  public record Hold(String cause, String reason) {}

  /** {@code reference} makes receiving idempotent: the same reference again opens nothing. */
  public record Complaint(String customerNo, String reference, String category, String description,
      List<String> invoiceNos, BigDecimal claimAmount) {}

  /** An order placed today, to ship in {@code shipInDays}. */
  public record Order(String orderNo, String customerNo, BigDecimal amount, int shipInDays, String note) {}
}
