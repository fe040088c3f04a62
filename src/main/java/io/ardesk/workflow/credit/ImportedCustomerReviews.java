package io.ardesk.workflow.credit;

import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.workflow.SystemAccess;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the first credit review of customers a CSV import opened without a grade, <b>after</b> the
 * import commits, on a thread of its own, {@value #PAGE} customers per transaction: an import of
 * 10,000 customers no longer starts 10,000 process instances inside its own transaction
 * ({@code ardesk.credit.imported-reviews: async}). The import sets each such customer's
 * {@code next_review_date} to the import date, so a review this node did not get to start (it stopped
 * first) is due in the daily review scan. {@code sync} starts them in the import's transaction (tests).
 */
@Component
public class ImportedCustomerReviews {

  private static final Logger log = LoggerFactory.getLogger(ImportedCustomerReviews.class);
  static final int PAGE = 200;
  private static final Object KEY = new Object();

  private final RuntimeService runtime;
  private final SystemAccess system;
  private final TransactionTemplate newTransaction;
  private final boolean async;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "imported-customer-reviews");
    t.setDaemon(true);
    return t;
  });

  ImportedCustomerReviews(RuntimeService runtime, SystemAccess system, PlatformTransactionManager transactions,
      @Value("${ardesk.credit.imported-reviews:async}") String mode) {
    this.runtime = runtime;
    this.system = system;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.async = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "async" -> true;
      case "sync" -> false;
      default -> throw new IllegalArgumentException("ardesk.credit.imported-reviews is async or sync, not " + mode);
    };
  }

  /** The customer's first review: after the commit of the current transaction (async) or now (sync). */
  void request(String customerNo) {
    if (!async || !TransactionSynchronizationManager.isSynchronizationActive()) {
      start(customerNo);
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> waiting = (List<String>) TransactionSynchronizationManager.getResource(KEY);
    if (waiting == null) {
      List<String> customers = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(KEY, customers);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
          if (status == STATUS_COMMITTED && !customers.isEmpty()) {
            thread.execute(() -> startAll(customers));
          }
        }
      });
      waiting = customers;
    }
    waiting.add(customerNo);
  }

  private void startAll(List<String> customers) {
    long began = System.nanoTime();
    int started = 0;
    for (int from = 0; from < customers.size(); from += PAGE) {
      List<String> page = customers.subList(from, Math.min(customers.size(), from + PAGE));
      try {
        system.run(() -> newTransaction.executeWithoutResult(status -> page.forEach(this::start)));
        started += page.size();
      } catch (RuntimeException e) {
        log.warn("First credit reviews of {} imported customers ({} …) not started, left to the review scan"
            + " (next review date today): {}", page.size(), page.get(0), e.toString());
      }
    }
    log.info("First credit reviews started for {} of {} imported customers in {} ms", started, customers.size(),
        (System.nanoTime() - began) / 1_000_000);
  }

  private void start(String customerNo) {
    runtime.startProcessInstanceByMessage(CreditReviewProcess.MESSAGE_CUSTOMER_IMPORTED, customerNo,
        Map.of(ReviewVariables.CUSTOMER_NO, customerNo, ReviewVariables.TRIGGER, ReviewTrigger.NEW_CUSTOMER.name()));
  }

  @PreDestroy
  void stop() {
    thread.shutdown();
  }
}
