package io.ardesk.collections;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of collections runs: one row per run with its date, where it stands (the currency and
 * customer number it has reached) and what it did. A run commits page by page; a customer whose case
 * a run of that date already evaluated is not evaluated again that day.
 */
@Service
@Transactional
public class CollectionsRuns {

  public enum Status { RUNNING, DONE }

  /** A run as the API shows it. */
  public record RunProgress(long runId, LocalDate date, Status status, String requestedBy, int pages,
      int customersEvaluated, int casesStarted, int casesReevaluated, LocalDateTime startedAt,
      LocalDateTime finishedAt, String cursorCurrency, String cursorCustomerNo) {}

  private static final RowMapper<RunProgress> PROGRESS = (rs, n) -> new RunProgress(rs.getLong("id"),
      rs.getDate("run_date").toLocalDate(), Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
      rs.getInt("pages"), rs.getInt("customers_evaluated"), rs.getInt("cases_started"), rs.getInt("cases_reevaluated"),
      rs.getTimestamp("started_at").toLocalDateTime(),
      rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
      rs.getString("cursor_currency"), rs.getString("cursor_customer_no"));

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final Clock clock;

  CollectionsRuns(DataSource dataSource, EntityManager entityManager, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Records a new run of {@code date} (today or earlier) and answers its id. */
  public long begin(LocalDate date, String requestedBy) {
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("date", "a collections run cannot look at a future date (" + date + ")");
    }
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into collections_run_log (run_date, requested_by, status,"
          + " pages, customers_evaluated, cases_started, cases_reevaluated, started_at) values (?, ?, ?, 0, 0, 0, 0, ?)",
          new String[] {"id"});
      statement.setDate(1, Date.valueOf(date));
      statement.setString(2, requestedBy);
      statement.setString(3, Status.RUNNING.name());
      statement.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(clock)));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  @Transactional(readOnly = true)
  public RunProgress get(long runId) {
    return jdbc.query("select * from collections_run_log where id = ?", PROGRESS, runId).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("collections run", "runId", String.valueOf(runId)));
  }

  /** Adds what one page did and where the run stands now; the persistence context is emptied. */
  public void pageDone(long runId, String currency, String lastCustomerNo, int evaluated, int started,
      int reevaluated) {
    entityManager.flush();
    entityManager.clear();
    jdbc.update("update collections_run_log set pages = pages + 1, cursor_currency = ?, cursor_customer_no = ?,"
            + " customers_evaluated = customers_evaluated + ?, cases_started = cases_started + ?,"
            + " cases_reevaluated = cases_reevaluated + ? where id = ?",
        currency, lastCustomerNo, evaluated, started, reevaluated, runId);
  }

  public void finish(long runId) {
    jdbc.update("update collections_run_log set status = ?, finished_at = ? where id = ?", Status.DONE.name(),
        Timestamp.valueOf(LocalDateTime.now(clock)), runId);
  }

  @Transactional(readOnly = true)
  public List<String> currencies() {
    return jdbc.queryForList("select distinct currency from customer order by currency", String.class);
  }
}
