package io.ardesk.ledger;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Named steps for ledger tests: a customer of this test, its invoices and payments. */
public final class LedgerFixture {
  public final String customerNo;
  private final InvoiceService invoices;
  private final PaymentService payments;

  public LedgerFixture(CustomerService customers, InvoiceService invoices, PaymentService payments, String currency) {
    this.customerNo = TestNumbers.unique("C");
    this.invoices = invoices;
    this.payments = payments;
    var request = NewCustomer.of(customerNo, "Customer " + customerNo);
    customers.create(new NewCustomer(customerNo, request.name(), null, null, null, null, null, null, currency, null,
        null, null, null, null, null, null, null, null, null, null, null), "test");
  }

  /** Posts an invoice numbered {@code <customer>-<suffix>}; returns its number. */
  public String invoice(String suffix, String amount, String issued, String due) {
    String number = customerNo + "-" + suffix;
    invoices.postInvoice(new NewInvoice(number, customerNo, LocalDate.parse(issued), new BigDecimal(amount),
        due == null ? null : LocalDate.parse(due), null, null), "test");
    return number;
  }

  public String pay(String suffix, String amount, String date, String... invoiceNos) {
    return pay(suffix, amount, date, PaymentMethod.TRANSFER, invoiceNos);
  }

  public String pay(String suffix, String amount, String date, PaymentMethod method, String... invoiceNos) {
    String number = customerNo + "-" + suffix;
    payments.postPayment(new NewPayment(number, customerNo, LocalDate.parse(date), new BigDecimal(amount),
        List.of(invoiceNos), method, null), "test");
    return number;
  }

  public BigDecimal open(String invoiceNo) {
    return invoices.get(invoiceNo).getOpenAmount();
  }
}
