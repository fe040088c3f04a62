package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.CollectionsRuns;
import io.ardesk.collections.CollectionsRuns.RunTally;
import io.ardesk.ledger.report.LedgerQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily collections run: every customer with overdue, undisputed items gets its case started,
 * or re-evaluated if a run of that date has not looked at it yet. The ledger names the customers in
 * one aggregation; their cases are handled page by page; the run commits as a whole, so a failed run
 * is retried without doubles.
 */
@Component
public class CollectionsRunner {

  private final LedgerQueries ledger;
  private final CollectionsRuns runs;
  private final CollectionCaseStarter starter;
  private final CollectionsProperties properties;

  CollectionsRunner(LedgerQueries ledger, CollectionsRuns runs,
      CollectionCaseStarter starter, CollectionsProperties properties) {
    this.ledger = ledger;
    this.runs = runs;
    this.starter = starter;
    this.properties = properties;
  }

  @Transactional
  public RunTally run(LocalDate date) {
    runs.begin(date);
    int evaluated = 0;
    int started = 0;
    int reevaluated = 0;
    for (String currency : runs.currencies()) {
      // the customer numbers first (one aggregation over the ledger), then the cases page by page
      List<String> overdue = new ArrayList<>();
      ledger.forEachCustomerWithOverdueItems(date, currency, 1, customer -> overdue.add(customer.customerNo()));
      for (int from = 0; from < overdue.size(); from += properties.runPageSize()) {
        for (String customerNo : overdue.subList(from, Math.min(overdue.size(), from + properties.runPageSize()))) {
          evaluated++;
          var outcome = starter.startOrReviewForRun(customerNo, date);
          if (outcome.isPresent() && outcome.get() == CollectionCaseStarter.Outcome.STARTED) {
            started++;
          } else if (outcome.isPresent()) {
            reevaluated++;
          }
        }
        runs.endOfPage();
      }
    }
    return runs.finish(date, evaluated, started, reevaluated);
  }
}
