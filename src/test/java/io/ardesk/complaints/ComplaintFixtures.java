package io.ardesk.complaints;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Random;

/** Named customers and invoices for complaint tests, each under numbers no other test uses. */
public class ComplaintFixtures {
  private static final Random RANDOM = new Random();

  private final CustomerService customers;
  private final InvoiceService invoices;

  public ComplaintFixtures(CustomerService customers, InvoiceService invoices) {
    this.customers = customers;
    this.invoices = invoices;
  }

  /** A customer in CNY whose salesperson is {@code salesperson} (null: none named). */
  public String customer(String name, String salesperson) {
    String customerNo = TestNumbers.unique("CMP");
    customers.create(new NewCustomer(customerNo, name, null, "Mr Li", "Ms Wang", null, "ap@example.com", null, "CNY",
        null, 30, new BigDecimal("100000.00"), null, null, null, salesperson, null, null, null, false, "en"), "test");
    return customerNo;
  }

  public String invoice(String customerNo, String amount, LocalDate issued) {
    String invoiceNo = TestNumbers.unique("INV");
    invoices.postInvoice(new NewInvoice(invoiceNo, customerNo, issued, new BigDecimal(amount), null, null, null),
        "test");
    return invoiceNo;
  }

  /** A morning in a year no other test run uses, so period reports see only this test's complaints. */
  public static LocalDateTime aMorningOfItsOwn() {
    return LocalDate.of(2100 + RANDOM.nextInt(800), 1, 1).plusDays(RANDOM.nextInt(360)).atTime(9, 0);
  }

  public static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
