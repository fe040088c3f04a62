package io.ardesk.workflow.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.config.DemoMode;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import io.ardesk.workflow.complaints.ComplaintIntake;
import io.ardesk.workflow.orders.OrderIntake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code demo/demo-data.yaml} when the application is ready, in demo mode only
 * ({@link DemoMode#data()}: the local H2 database, or {@code ardesk.demo.data}), through the real
 * services: customers are opened, invoices posted,
 * collection cases started (the job executor then sends the letters and creates the tasks),
 * complaints received, orders placed into order-to-cash. A customer that exists already is skipped with its invoices, and complaints
 * carry a source reference, so a second start loads nothing twice.
 */
@Component
public class DemoDataLoader {

  static final String FILE = "demo/demo-data.yaml";
  static final String ACTOR = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final CustomerService customers;
  private final CustomerRepository customerRepository;
  private final InvoiceService invoices;
  private final CollectionCaseStarter cases;
  private final ComplaintIntake complaints;
  private final OrderService orders;
  private final OrderIntake orderIntake;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoDataLoader(CustomerService customers, CustomerRepository customerRepository, InvoiceService invoices,
      CollectionCaseStarter cases, ComplaintIntake complaints, OrderService orders, OrderIntake orderIntake,
      TransactionTemplate transaction, Clock clock) {
    this.customers = customers;
    this.customerRepository = customerRepository;
    this.invoices = invoices;
    this.cases = cases;
    this.complaints = complaints;
    this.orders = orders;
    this.orderIntake = orderIntake;
    this.transaction = transaction;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady(ApplicationReadyEvent event) {
    if (event.getApplicationContext().getBean(DemoMode.class).data()) {
      load(read());
    }
  }

  static DemoData read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return yaml.readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Loads what is not there yet; returns how many customers were opened. */
  public int load(DemoData data) {
    int opened = 0;
    for (DemoData.Customer customer : data.customers()) {
      Boolean created = transaction.execute(status -> open(customer));
      if (Boolean.TRUE.equals(created)) {
        opened++;
        if (customer.invoices().stream().anyMatch(i -> i.daysPastDue() > 0)) {
          cases.startOrReview(customer.customerNo());
        }
      }
    }
    for (DemoData.Complaint complaint : data.complaints()) {
      complaints.open(new NewComplaint(complaint.customerNo(), complaint.category(), complaint.description(),
          complaint.invoiceNos(), complaint.claimAmount(), ComplaintSource.API, complaint.reference()), ACTOR);
    }
    LocalDate today = LocalDate.now(clock);
    for (DemoData.Order order : data.orders()) {
      if (orders.find(order.orderNo()).isEmpty()) {
        orderIntake.receive(new NewOrder(order.orderNo(), order.customerNo(), today, order.amount(), null,
            today.plusDays(order.shipInDays())), ACTOR);
      }
    }
    log.info("Demo data from {}: {} customer(s) opened, {} there already", FILE, opened,
        data.customers().size() - opened);
    return opened;
  }

  private boolean open(DemoData.Customer c) {
    if (customerRepository.findByCustomerNo(c.customerNo()).isPresent()) {
      return false;
    }
    customers.create(new NewCustomer(c.customerNo(), c.name(), c.address(), c.contactPerson(), c.principal(),
        c.phone(), c.email(), null, c.currency(), c.settlementMethod(), c.paymentTermsDays(), c.creditLimit(),
        c.grade(), null, null, c.salesperson(), c.territory(), c.ledgerAdministrator(), null, c.keyAccount(),
        c.language()), ACTOR);
    LocalDate today = LocalDate.now(clock);
    for (DemoData.Invoice invoice : c.invoices()) {
      LocalDate due = today.minusDays(invoice.daysPastDue());
      invoices.postInvoice(new NewInvoice(invoice.invoiceNo(), c.customerNo(), due.minusDays(30), invoice.amount(),
          due, c.currency(), invoice.contractNo()), ACTOR);
    }
    if (c.status() != null && c.status() != CustomerStatus.ACTIVE) {
      customers.changeStatus(c.customerNo(), c.status(), ACTOR, c.statusReason());
    }
    if (c.hold() != null) {
      customers.placeHold(c.customerNo(), c.hold().cause(), "demo", ACTOR, c.hold().reason());
    }
    return true;
  }
}
