package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.CollectionsRuns;
import io.ardesk.collections.CollectionsRuns.RunProgress;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueCustomer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collections run, page by page: every customer with overdue, undisputed items gets its case
 * started if it has none; a running case is asked to look again only where the ledger's figures
 * differ from what the case last saw (timers move cases on their dates by themselves). Each page is
 * its own transaction (in the process: its own job), so a run over 100,000 customers never holds a
 * job lock for long and a conflict on one page never rolls back the pages before it.
 */
@Component
public class CollectionsRunner {

  private final LedgerQueries ledger;
  private final CollectionsRuns runs;
  private final CollectionCaseStarter starter;
  private final CollectionsProperties properties;
  private final TransactionTemplate transaction;

  CollectionsRunner(LedgerQueries ledger, CollectionsRuns runs, CollectionCaseStarter starter,
      CollectionsProperties properties, PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.runs = runs;
    this.starter = starter;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Records a new run of the date; the pages follow. */
  @Transactional
  public long begin(LocalDate date, String requestedBy) {
    return runs.begin(date, requestedBy);
  }

  /**
   * Works the next page of the run: up to {@code run-page-size} customers after the cursor, in
   * currency and customer-number order. Answers whether customers are left.
   */
  @Transactional
  public boolean runPage(long runId) {
    RunProgress run = runs.get(runId);
    List<String> currencies = runs.currencies();
    int from = run.cursorCurrency() == null ? 0 : Math.max(0, currencies.indexOf(run.cursorCurrency()));
    for (int index = from; index < currencies.size(); index++) {
      String currency = currencies.get(index);
      String after = currency.equals(run.cursorCurrency()) ? run.cursorCustomerNo() : null;
      List<OverdueCustomer> page = ledger.customersWithOverdueItems(run.date(), currency, 1, after,
          properties.runPageSize());
      if (page.isEmpty()) {
        continue;
      }
      int started = 0;
      int reevaluated = 0;
      for (OverdueCustomer customer : page) {
        switch (starter.startOrReviewForRun(customer, run.date())) {
          case STARTED -> started++;
          case REEVALUATED -> reevaluated++;
          default -> { }
        }
      }
      runs.pageDone(runId, currency, page.get(page.size() - 1).customerNo(), page.size(), started, reevaluated);
      if (page.size() == properties.runPageSize() || index < currencies.size() - 1) {
        return true;
      }
      break;
    }
    runs.finish(runId);
    return false;
  }

  /** The whole run in this thread, a transaction per page (benchmarks, tools). */
  public RunProgress runToEnd(LocalDate date, String requestedBy) {
    return runToEnd(date, requestedBy, nanos -> { });
  }

  /** The same, telling {@code pageTime} how long each page's transaction took (nanoseconds; benchmarks). */
  public RunProgress runToEnd(LocalDate date, String requestedBy, java.util.function.LongConsumer pageTime) {
    long runId = transaction.execute(status -> runs.begin(date, requestedBy));
    boolean more;
    do {
      long start = System.nanoTime();
      more = Boolean.TRUE.equals(transaction.execute(status -> runPage(runId)));
      pageTime.accept(System.nanoTime() - start);
    } while (more);
    return runs.get(runId);
  }
}
