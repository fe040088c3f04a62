package io.ardesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import io.ardesk.workflow.collections.CaseChangeDelivery;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives the ledger, the clock and the engine in process tests: customers and invoices, the date,
 * due jobs and timers of one customer's process, and its open tasks.
 */
@Component
public class CaseKit {

  private final CustomerService customers;
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final CaseChangeDelivery changes;

  CaseKit(CustomerService customers, InvoiceService invoices, PaymentService payments, RuntimeService runtime,
      ManagementService management, TaskService tasks, CaseChangeDelivery changes) {
    this.changes = changes;
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
  }

  /** Sets the clock of engine and domain to 09:00 of the day. */
  public void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  public void resetClock() {
    ClockUtil.reset();
  }

  public String customer(String name, String email, String language, String salesperson) {
    String customerNo = TestNumbers.unique("CC");
    NewCustomer base = NewCustomer.of(customerNo, name);
    customers.create(new NewCustomer(customerNo, name, "1 Harbour Road", "Ms Li", "Mr Wang", "+86 21 5555 0000",
        email, null, "CNY", null, 30, new BigDecimal("500000.00"), "B", null, null, salesperson, "East", null, null,
        false, language), "test");
    return base.customerNo();
  }

  public void invoice(String customerNo, String invoiceNo, LocalDate issued, LocalDate due, String amount) {
    invoices.postInvoice(new NewInvoice(invoiceNo, customerNo, issued, new BigDecimal(amount), due, "CNY", null),
        "test");
  }

  public void pay(String customerNo, String amount, String... invoiceNos) {
    payments.postPayment(new NewPayment(TestNumbers.unique("PAY"), customerNo, LocalDate.ofInstant(ClockUtil.now().toInstant(),
        ZoneId.systemDefault()), new BigDecimal(amount), List.of(invoiceNos),
        PaymentMethod.TRANSFER, "CNY"), "test");
  }

  public void creditNote(String customerNo, String invoiceNo, String amount) {
    payments.postCreditNote(new NewCreditNote(TestNumbers.unique("CN"), customerNo, LocalDate.ofInstant(
        ClockUtil.now().toInstant(), ZoneId.systemDefault()), new BigDecimal(amount), invoiceNo, "CNY", "goods returned"),
        "test");
  }

  public ProcessInstance instance(String processKey, String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  /**
   * Delivers the "look again" requests waiting for collection cases and executes the due jobs of the
   * process (not timers in the future) until none is left.
   */
  public void runDueJobs(String processKey, String businessKey) {
    for (int round = 0; round < 50; round++) {
      changes.deliverPending();
      ProcessInstance instance = instance(processKey, businessKey);
      if (instance == null) {
        return;
      }
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs of " + businessKey + " keep coming");
  }

  /** Executes the jobs of every collections run until the runs are done (tests run the job executor's part). */
  public void finishCollectionsRuns() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().processDefinitionKey("collections-run").executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("collections run jobs keep coming");
  }

  /** Moves the clock to the timer of {@code activityId}, fires it and runs what follows. */
  public LocalDateTime fireTimer(String processKey, String businessKey, String activityId) {
    ProcessInstance instance = instance(processKey, businessKey);
    assertThat(instance).as("running " + processKey + " of " + businessKey).isNotNull();
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    management.executeJob(timer.getId());
    runDueJobs(processKey, businessKey);
    return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
  }

  public LocalDateTime timerDue(String processKey, String businessKey, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instance(processKey, businessKey).getId()).timers()
        .activityId(activityId).singleResult();
    return timer == null ? null : LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
  }

  public List<Task> tasks(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().orderByTaskName().asc().list();
  }

  public Task task(String businessKey, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** Claims and completes the task as the user, as Tasklist does, then runs the jobs that follow. */
  public void complete(String processKey, String businessKey, String taskDefinitionKey, String user,
      Map<String, Object> form) {
    Task task = task(businessKey, taskDefinitionKey);
    assertThat(task).as(taskDefinitionKey + " of " + businessKey).isNotNull();
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), form);
    runDueJobs(processKey, businessKey);
  }
}
