package io.ardesk.collections;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Look again" requests for customers' collection cases, written in the transaction of whatever
 * changed (a payment, a credit note, a dispute, a completed task) and delivered to the case after
 * that transaction commits. A ledger write never waits for a case and never fails because of one;
 * a request is a plain insert that conflicts with nothing. Requests for one customer collapse: the
 * evaluation that runs next sees every change committed before it and forgets them all.
 */
@Service
public class CaseChanges {

  /** Requests waiting for one customer: the newest id, and whether any asks to start a case. */
  public record Pending(String customerNo, long upToId, boolean startIfOverdue, String reasons) {}

  /** Published in the requesting transaction; the workflow delivers after commit. */
  public record Requested(List<String> customerNos) {
    public Requested {
      customerNos = List.copyOf(customerNos);
    }
  }

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseChanges(DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.events = events;
    this.clock = clock;
  }

  /**
   * Asks the customer's case to look again. With {@code startIfOverdue} a customer without an open
   * case gets one if it has overdue items (an item came back into dunning).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void request(String customerNo, String reason, boolean startIfOverdue) {
    jdbc.update("insert into collection_case_change (customer_no, reason, start_if_overdue, requested_at)"
        + " values (?, ?, ?, ?)", customerNo, reason, startIfOverdue, Timestamp.valueOf(LocalDateTime.now(clock)));
    events.publishEvent(new Requested(List.of(customerNo)));
  }

  /** The same for many customers at once (an import's chunk): one batched insert. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void requestAll(List<String> customerNos, String reason) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    jdbc.batchUpdate("insert into collection_case_change (customer_no, reason, start_if_overdue, requested_at)"
        + " values (?, ?, false, ?)", customerNos, 1000, (statement, customerNo) -> {
          statement.setString(1, customerNo);
          statement.setString(2, reason);
          statement.setTimestamp(3, now);
        });
    events.publishEvent(new Requested(customerNos));
  }

  /** Customers with requests waiting, oldest first, skipping the first {@code skip} (still busy ones). */
  @Transactional(readOnly = true)
  public List<Pending> pending(int skip, int limit) {
    return jdbc.query(PENDING + " group by customer_no order by min(id) offset " + skip + " rows fetch first " + limit
        + " rows only", PENDING_ROW);
  }

  /** The requests waiting for one customer, if any. */
  @Transactional(readOnly = true)
  public Optional<Pending> pendingFor(String customerNo) {
    return jdbc.query(PENDING + " where customer_no = ? group by customer_no", PENDING_ROW, customerNo).stream()
        .findFirst();
  }

  private static final String PENDING = "select customer_no, max(id) as up_to,"
      + " max(case when start_if_overdue then 1 else 0 end) as start, min(reason) as first_reason,"
      + " max(reason) as last_reason from collection_case_change";

  private static final RowMapper<Pending> PENDING_ROW = (rs, n) -> new Pending(rs.getString("customer_no"),
      rs.getLong("up_to"), rs.getInt("start") == 1, reasons(rs.getString("first_reason"), rs.getString("last_reason")));

  private static String reasons(String first, String last) {
    return first.equals(last) ? first : first + ", " + last;
  }

  /** Forgets the customer's requests up to {@code upToId}: an evaluation has seen them. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void forget(String customerNo, long upToId) {
    jdbc.update("delete from collection_case_change where customer_no = ? and id <= ?", customerNo, upToId);
  }

  /** Forgets every request of the customer committed so far: the evaluation running now sees them. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void forgetAll(String customerNo) {
    jdbc.update("delete from collection_case_change where customer_no = ?", customerNo);
  }

  /**
   * After an evaluation: requests committed while it ran (it could not see them) are delivered once
   * its transaction commits, instead of at the next poll. The delivery looks for them after the
   * commit, so a request committed between this call and the evaluation's commit is not missed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void tellAgainAfterCommit(String customerNo) {
    events.publishEvent(new Requested(List.of(customerNo)));
  }
}
