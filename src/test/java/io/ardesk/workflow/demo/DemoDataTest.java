package io.ardesk.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import io.ardesk.workflow.complaints.ComplaintIntake;
import io.ardesk.workflow.orders.OrderIntake;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.transaction.support.TransactionTemplate;

/** The demo file loads through the real services into the states README's walk-through needs, once. */
@IntegrationTest
class DemoDataTest {

  @Autowired CustomerService customers;
  @Autowired CustomerRepository customerRepository;
  @Autowired InvoiceService invoices;
  @Autowired CollectionCaseStarter starter;
  @Autowired ComplaintIntake complaints;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired OrderService orders;
  @Autowired OrderIntake orderIntake;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseService cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  DemoDataLoader loader() {
    return new DemoDataLoader(customers, customerRepository, invoices, starter, complaints,
        orders, orderIntake, transaction, clock);
  }

  List<String> openTasks(String customerNo) {
    kit.runDueJobs(CollectionCaseStarter.PROCESS, customerNo);
    return kit.tasks(customerNo).stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  @Test
  void loadsCustomersInEveryStateCasesAtSeveralStagesAndAComplaintAndASecondLoadAddsNothing() {
    kit.resetClock();
    DemoData data = DemoDataLoader.read();
    loader().load(data);

    assertThat(openTasks("DEMO-1001")).containsExactly("Task_CallCustomer");
    assertThat(cases.view("DEMO-1001").stage()).isEqualTo(Stage.REMINDER);
    assertThat(openTasks("DEMO-1002")).containsExactly("Task_CallCustomer", "Task_PrintAndPost");
    assertThat(cases.view("DEMO-1002").stage()).isEqualTo(Stage.LETTER_1);
    assertThat(openTasks("DEMO-1003")).containsExactly("Task_CallCustomer");
    assertThat(cases.view("DEMO-1003").stage()).isEqualTo(Stage.LETTER_2);
    // no invoice for three months and a balance: a problem receivable (問題貨款) with a supervisor's support task
    assertThat(openTasks("DEMO-1004")).containsExactly("Task_CallCustomer", "Task_SupportProblemReceivable",
        "Task_VisitCustomer");
    assertThat(kit.task("DEMO-1004", "Task_VisitCustomer").getAssignee()).isEqualTo("lily");
    // 112 days: LETTER_4's letter and action plan before the agency decision (docs/domain.md §9)
    assertThat(openTasks("DEMO-1005")).containsExactly("Task_PlanAction", "Task_SupportProblemReceivable");
    assertThat(cases.view("DEMO-1005").stage()).isEqualTo(Stage.LETTER_4);

    assertThat(customers.get("DEMO-1001").getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customers.get("DEMO-1003").getStatus()).as("stop supply at LETTER_2").isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(customers.get("DEMO-1007").getStatus()).isEqualTo(CustomerStatus.CASH_ONLY);
    assertThat(customers.get("DEMO-1008").getStatus()).isEqualTo(CustomerStatus.CLOSED);
    assertThat(customers.get("DEMO-1009").getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(customers.activeHolds("DEMO-1009")).extracting(h -> h.getCause()).containsExactly("BANKRUPTCY_RUMOUR");

    assertThat(invoices.get("DEMO-INV-10061").isDisputed()).as("the complaint's invoice").isTrue();
    assertThat(tasks.createTaskQuery().processDefinitionKey("complaint-handling")
        .processVariableValueEquals("customerNo", "DEMO-1006").taskDefinitionKey("Step01_WelcomeComplaint").count())
        .isOne();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("DEMO-1010").taskDefinitionKey("Task_EnterProfile")
        .singleResult().getAssignee()).as("the new customer's first credit review").isEqualTo("lily");

    assertThat(orders.get("DEMO-SO-2001").getStatus()).as("an order over the limit").isEqualTo(
        OrderStatus.IN_CREDIT_REVIEW);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("DEMO-SO-2001").taskDefinitionKey("Task_ReviewCredit")
        .count()).isOne();

    long instances = runtime.createProcessInstanceQuery().count();
    long customerCount = customerRepository.count();
    assertThat(loader().load(data)).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(customerRepository.count()).isEqualTo(customerCount);
  }
}
