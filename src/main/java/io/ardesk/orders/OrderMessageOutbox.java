package io.ardesk.orders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages for running orders, written in the transaction of the ledger change that causes them (a
 * payment, a whole import file, a status change, an extension) and delivered to the order's instance
 * after that transaction commits, as the collection cases' "look again" requests are
 * ({@code collection_case_change}). A ledger write never waits for an order instance and never fails
 * because of one: a request is a plain insert.
 */
@Service
public class OrderMessageOutbox {

  /** One waiting message. */
  public record Waiting(long id, String orderNo, String message) {}

  /** Published in the requesting transaction; the workflow delivers after commit. */
  public record Requested(List<String> orderNos) {
    public Requested {
      orderNos = List.copyOf(orderNos);
    }
  }

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrderMessageOutbox(DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.events = events;
    this.clock = clock;
  }

  /** Asks for {@code message} to be delivered to each order's instance after the commit. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void request(Collection<String> orderNos, String message) {
    if (orderNos.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    jdbc.batchUpdate("insert into order_message (order_no, message, requested_at) values (?, ?, ?)", orderNos,
        1000, (statement, orderNo) -> {
          statement.setString(1, orderNo);
          statement.setString(2, message);
          statement.setTimestamp(3, now);
        });
    events.publishEvent(new Requested(List.copyOf(orderNos)));
  }

  /** The orders with messages waiting, oldest first, skipping the first {@code skip} (still busy ones). */
  @Transactional(readOnly = true)
  public List<String> ordersWaiting(int skip, int limit) {
    return jdbc.queryForList("select order_no from order_message group by order_no order by min(id)"
        + " offset " + skip + " rows fetch first " + limit + " rows only", String.class);
  }

  /** The messages waiting for one order, in the order they were asked for. */
  @Transactional(readOnly = true)
  public List<Waiting> waiting(String orderNo) {
    return jdbc.query("select id, order_no, message from order_message where order_no = ? order by id",
        (rs, n) -> new Waiting(rs.getLong("id"), rs.getString("order_no"), rs.getString("message")), orderNo);
  }

  /** The message is delivered, or no longer awaited: it leaves the outbox. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void forget(long id) {
    jdbc.update("delete from order_message where id = ?", id);
  }
}
