package io.ardesk.workflow.credit;

import io.ardesk.credit.review.ReviewDates;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code credit-review-scan} process: every day every customer whose review date has come gets
 * its {@code customer-credit-review}, page by page (each page its own job and transaction). A
 * customer with a running review is not in the page; one started meanwhile is joined
 * ({@link CreditReviewProcess#request}), so a repeated scan starts nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class CreditReviewScan {

  static final String SCAN_DATE = "scanDate";
  static final String AFTER_CUSTOMER_NO = "afterCustomerNo";

  /** The scan's timer reads its cycle here ({@code ardesk.credit.review-scan-cron}, default 05:30). */
  public record CreditReviewScanSchedule(String cycle) {
    public String getCycle() {
      return cycle;
    }
  }

  @Bean
  CreditReviewScanSchedule creditReviewScanSchedule(
      @Value("${ardesk.credit.review-scan-cron:0 30 5 * * ?}") String cron) {
    return new CreditReviewScanSchedule(cron);
  }

  /** Task_ScanPage: the next page of due customers; each gets its review started (or joined). */
  @Bean
  JavaDelegate scanCreditReviewsPage(ReviewDates dates, CreditReviewProcess process, Clock clock,
      @Value("${ardesk.credit.review-scan-page-size:200}") int pageSize) {
    return execution -> {
      LocalDate day = ProcessValues.date(execution, SCAN_DATE);
      if (day == null) {
        day = LocalDate.now(clock);
        execution.setVariable(SCAN_DATE, day.toString());
      }
      List<String> page = dates.dueForReview(day, ProcessValues.text(execution, AFTER_CUSTOMER_NO), pageSize);
      for (String customerNo : page) {
        process.request(customerNo, ReviewTrigger.REVIEW_DATE);
      }
      if (!page.isEmpty()) {
        execution.setVariable(AFTER_CUSTOMER_NO, page.get(page.size() - 1));
      }
      execution.setVariable("moreCustomers", Variables.booleanValue(page.size() == pageSize, true));
    };
  }
}
