package io.ardesk.workflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.review.CreditReview;
import io.ardesk.credit.review.CreditReviewRepository;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily review scan starts the review of every customer whose review date has come, and of no
 * other. A day long past, so customers of other tests (reviewed in the 2020s) are not due.
 */
@IntegrationTest
class CreditReviewScanTest {

  static final LocalDate DAY = LocalDate.of(1990, 3, 2);

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired CustomerService customers;
  @Autowired CreditReviewRepository reviews;
  @Autowired CreditReviewProcess process;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void startsTheReviewOfEveryCustomerWhoseDateHasComeAndOfNoOther() {
    ClockUtil.setCurrentTime(Date.from(DAY.atTime(5, 30).atZone(ZoneId.systemDefault()).toInstant()));
    String dueToday = customer(DAY);
    String duePast = customer(DAY.minusMonths(4));
    String dueTomorrow = customer(DAY.plusDays(1));
    String noDate = customer(null);
    String running = customer(DAY.minusDays(1));
    process.request(running, ReviewTrigger.ON_REQUEST);

    scan();

    assertThat(triggers(dueToday)).containsExactly(ReviewTrigger.REVIEW_DATE);
    assertThat(triggers(duePast)).containsExactly(ReviewTrigger.REVIEW_DATE);
    assertThat(triggers(dueTomorrow)).isEmpty();
    assertThat(triggers(noDate)).isEmpty();
    assertThat(triggers(running)).containsExactly(ReviewTrigger.ON_REQUEST);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CreditReviewProcess.PROCESS_KEY)
        .processInstanceBusinessKey(dueToday).count()).isEqualTo(1);

    scan();

    assertThat(triggers(dueToday)).containsExactly(ReviewTrigger.REVIEW_DATE);
    assertThat(triggers(duePast)).containsExactly(ReviewTrigger.REVIEW_DATE);
    assertThat(triggers(running)).containsExactly(ReviewTrigger.ON_REQUEST);
  }

  @Test
  void theScanRunsDailyAtTheConfiguredTime() {
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey("credit-review-scan")
        .latestVersion().singleResult();
    Job timer = management.createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime().toString())
        .isEqualTo("05:30");
  }

  private void scan() {
    String instance = runtime.startProcessInstanceByKey("credit-review-scan", Map.of("scanDate", DAY.toString()))
        .getId();
    for (int page = 0; page < 100; page++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(instance).executable().list();
      if (jobs.isEmpty()) {
        break;
      }
      management.executeJob(jobs.get(0).getId());
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  private List<ReviewTrigger> triggers(String customerNo) {
    return reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).stream().map(CreditReview::trigger).toList();
  }

  private String customer(LocalDate nextReviewDate) {
    String customerNo = TestNumbers.unique("RS");
    customers.create(new NewCustomer(customerNo, "Review Scan " + customerNo, null, null, null, null, null, null,
        "CNY", null, 30, new BigDecimal("100000.00"), "B", nextReviewDate == null ? null : nextReviewDate.minusYears(1),
        nextReviewDate, "lily", "East", null, null, false, "en"), "test");
    return customerNo;
  }
}
