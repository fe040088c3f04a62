package io.ardesk.collections;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of daily collections runs: one row per run date with what the runs of that day did. A
 * customer whose case a run of that date already evaluated is not evaluated again that day.
 */
@Service
@Transactional
public class CollectionsRuns {

  public record RunTally(LocalDate date, int customersEvaluated, int casesStarted, int casesReevaluated) {}

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final Clock clock;

  CollectionsRuns(DataSource dataSource, EntityManager entityManager, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.entityManager = entityManager;
    this.clock = clock;
  }

  public void begin(LocalDate date) {
    if (date.isAfter(LocalDate.now(clock))) {
      throw new io.ardesk.ledger.InvalidInputException("date", "a collections run cannot look at a future date (" + date + ")");
    }
    int updated = jdbc.update("update collections_run set started_at = ? where run_date = ?", LocalDateTime.now(clock),
        Date.valueOf(date));
    if (updated == 0) {
      jdbc.update("insert into collections_run (run_date, started_at, customers_evaluated, cases_started,"
          + " cases_reevaluated) values (?, ?, 0, 0, 0)", Date.valueOf(date), LocalDateTime.now(clock));
    }
  }

  /** Records what this run did; the day's row adds up the cases started and re-evaluated by all its runs. */
  public RunTally finish(LocalDate date, int customersEvaluated, int casesStarted, int casesReevaluated) {
    jdbc.update("update collections_run set finished_at = ?, customers_evaluated = ?,"
            + " cases_started = cases_started + ?, cases_reevaluated = cases_reevaluated + ? where run_date = ?",
        LocalDateTime.now(clock), customersEvaluated, casesStarted, casesReevaluated, Date.valueOf(date));
    return new RunTally(date, customersEvaluated, casesStarted, casesReevaluated);
  }

  /** Writes what a page of the run changed and forgets it, so a run over many customers stays small. */
  public void endOfPage() {
    entityManager.flush();
    entityManager.clear();
  }

  @Transactional(readOnly = true)
  public List<String> currencies() {
    return jdbc.queryForList("select distinct currency from customer order by currency", String.class);
  }
}
