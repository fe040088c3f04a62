package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.ComplaintFixtures;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.complaints.ComplaintIntake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No column size of the engine breaks a process: a 200-character customer name in a credit review's
 * task names, a complaint with 300 invoices and a long description.
 */
@IntegrationTest
class EngineLimitsTest {

  static final String LONG_NAME = ("Guangdong Pearl River Delta Integrated Logistics, Warehousing, Cold-Chain "
      + "Distribution and Cross-Border E-Commerce Fulfilment Services Holding Company Limited (Shenzhen Qianhai "
      + "Branch Office) Group Holdings").substring(0, 200);

  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired ComplaintIntake intake;
  @Autowired TaskService tasks;
  @Autowired io.ardesk.complaints.ComplaintService complaints;

  @Test
  void aCreditReviewForACustomerWithA200CharacterNameGetsItsTaskWithANameUnder255() {
    // a number long enough that the name (18 + 200 + 2 + number + 23 characters) is always over 255, whatever
    // the run's counter: with "LIM-xxxx-596" it came to exactly 255 and was not clipped
    String customerNo = TestNumbers.unique("LIMIT-NAME");
    // no grade: the first credit review starts
    customers.create(new NewCustomer(customerNo, LONG_NAME, null, null, null, null, null, null, null, null, null, null,
        null, null, null, "lily", null, "frank", LocalDate.of(2010, 5, 1), null, null), "test");

    Task profile = tasks.createTaskQuery().processInstanceBusinessKey(customerNo).taskDefinitionKey("Task_EnterProfile")
        .singleResult();
    assertThat(profile).as("the review started and its first task exists").isNotNull();
    assertThat(profile.getName()).hasSizeLessThanOrEqualTo(255).startsWith("Profile and score Guangdong").endsWith("…");
  }

  @Test
  void aComplaintNamingThreeHundredInvoicesWithALongDescriptionGetsItsFirstStep() {
    ComplaintFixtures fixtures = new ComplaintFixtures(customers, invoices);
    String customerNo = fixtures.customer(LONG_NAME, "lily");
    List<String> invoiceNos = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      invoiceNos.add(fixtures.invoice(customerNo, "10.00", LocalDate.of(2026, 1, 5)));
    }
    String description = "Cartons crushed on arrival, pallets wet, labels missing. ".repeat(70).substring(0, 3500);
    String complaintNo = intake.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, description, invoiceNos,
        new BigDecimal("3000")), "lily").complaintNo();

    Task welcome = tasks.createTaskQuery().processInstanceBusinessKey(complaintNo)
        .taskDefinitionKey("Step01_WelcomeComplaint").singleResult();
    assertThat(welcome).isNotNull();
    assertThat(welcome.getName()).hasSizeLessThanOrEqualTo(255).contains(complaintNo.substring(0, 2));
    String invoicesShown = (String) tasks.getVariable(welcome.getId(), "invoices");
    assertThat(invoicesShown).hasSizeLessThan(4000).endsWith("and 280 more");
    assertThat((String) tasks.getVariable(welcome.getId(), "caseReport")).hasSizeLessThan(4000);
    // the complaint's own record keeps every invoice it disputes
    assertThat(complaints.get(complaintNo).getSteps()).filteredOn(step -> step.getStep().name().equals("INVOICES_DISPUTED"))
        .singleElement().satisfies(step -> assertThat(step.getDetails()).contains(invoiceNos.get(0), invoiceNos.get(299)));
  }
}
