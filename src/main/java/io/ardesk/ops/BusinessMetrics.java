package io.ardesk.ops;

import io.ardesk.collections.Stage;
import io.ardesk.letters.OutgoingLetter.Delivery;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * AR Desk's business gauges at {@code /actuator/prometheus}: a handful of SQL aggregations, computed
 * every {@code ardesk.metrics.refresh-interval-ms} (30 s) on each node and read from that snapshot at
 * every scrape, so a scrape never touches the database.
 *
 * <ul>
 *   <li>{@code ardesk_cases_open{stage}}: open collection cases per stage;
 *       {@code ardesk_cases_open_amount{stage,currency}}: their overdue amount.
 *   <li>{@code ardesk_letters{delivery}}: letters in the outbox per delivery state (PENDING, SENDING,
 *       SENT, FAILED, PRINT, PRINTED, NO_ADDRESS); {@code ardesk_letters_oldest_pending_age_seconds}:
 *       how long the oldest letter waiting to be sent has waited (0 when none waits);
 *       {@code ardesk_letters_retrying}: letters waiting for their next attempt after a failed one (a mail
 *       outage shows here before any letter is FAILED; a FAILED one is a task for credit).
 *   <li>{@code ardesk_jobs_due}: engine jobs due now with retries left (the job executor's backlog);
 *       {@code ardesk_incidents}: open incidents (failed jobs).
 *   <li>{@code ardesk_complaints_first_response_overdue}: open complaints past their first-response
 *       deadline (24 h) without a first response.
 * </ul>
 */
@Component
public class BusinessMetrics {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final MultiGauge caseAmounts;
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  record Snapshot(Map<String, Long> casesByStage, Map<String, Long> lettersByDelivery, double oldestPendingLetterSeconds,
      long jobsDue, long incidents, long complaintsOverdue, long lettersRetrying) {
    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), 0, 0, 0, 0, 0);
  }

  BusinessMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (Stage stage : Stage.values()) {
      Gauge.builder("ardesk.cases.open", this, m -> m.snapshot.casesByStage().getOrDefault(stage.name(), 0L))
          .description("Open collection cases by stage").tag("stage", stage.name()).register(registry);
    }
    caseAmounts = MultiGauge.builder("ardesk.cases.open.amount")
        .description("Overdue amount of the open collection cases by stage and currency").register(registry);
    for (Delivery delivery : Delivery.values()) {
      Gauge.builder("ardesk.letters", this, m -> m.snapshot.lettersByDelivery().getOrDefault(delivery.name(), 0L))
          .description("Letters in the outbox by delivery state").tag("delivery", delivery.name()).register(registry);
    }
    Gauge.builder("ardesk.letters.oldest.pending.age", this, m -> m.snapshot.oldestPendingLetterSeconds())
        .description("How long the oldest letter waiting to be sent (PENDING or SENDING) has waited")
        .baseUnit("seconds").register(registry);
    Gauge.builder("ardesk.letters.retrying", this, m -> m.snapshot.lettersRetrying())
        .description("Letters waiting for their next attempt after the mail server did not take them").register(registry);
    Gauge.builder("ardesk.jobs.due", this, m -> m.snapshot.jobsDue())
        .description("Engine jobs due now with retries left: the job executor's backlog").register(registry);
    Gauge.builder("ardesk.incidents", this, m -> m.snapshot.incidents())
        .description("Open incidents: jobs that failed all their retries").register(registry);
    Gauge.builder("ardesk.complaints.first.response.overdue", this, m -> m.snapshot.complaintsOverdue())
        .description("Open complaints past their first-response deadline without a first response").register(registry);
  }

  /** Recomputes the snapshot: seven aggregations, each over an index or a small table. */
  @Scheduled(initialDelayString = "${ardesk.metrics.refresh-interval-ms:30000}",
      fixedDelayString = "${ardesk.metrics.refresh-interval-ms:30000}")
  public void refresh() {
    LocalDateTime now = LocalDateTime.now(clock);
    Map<String, Long> cases = new HashMap<>();
    List<MultiGauge.Row<?>> amounts = new ArrayList<>();
    jdbc.query("select stage, currency, count(*) cases, sum(overdue_amount) amount from collection_case "
        + "where status = 'OPEN' and stage is not null group by stage, currency", rs -> {
          String stage = rs.getString("stage");
          cases.merge(stage, rs.getLong("cases"), Long::sum);
          BigDecimal amount = rs.getBigDecimal("amount");
          amounts.add(MultiGauge.Row.of(Tags.of("stage", stage, "currency", String.valueOf(rs.getString("currency"))),
              amount == null ? 0 : amount.doubleValue()));
        });
    Map<String, Long> letters = new HashMap<>();
    jdbc.query("select delivery, count(*) letters from outgoing_letter group by delivery",
        rs -> { letters.put(rs.getString("delivery"), rs.getLong("letters")); });
    // outgoing_letter and complaint are JPA's: their timestamps are bound in UTC (hibernate.jdbc.time_zone)
    Timestamp oldest = jdbc.query("select min(created_at) from outgoing_letter where delivery in ("
        + quoted(Delivery.PENDING, Delivery.SENDING) + ")", rs -> rs.next() ? rs.getTimestamp(1, utc()) : null);
    double oldestSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toLocalDateTime(), now).toSeconds());
    long retrying = count("select count(*) from outgoing_letter where delivery = '" + Delivery.PENDING.name()
        + "' and first_failed_at is not null");
    Timestamp engineNow = Timestamp.from(clock.instant());
    long jobsDue = count("select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 "
        + "and (DUEDATE_ is null or DUEDATE_ <= ?)", engineNow);
    long incidents = count("select count(*) from ACT_RU_INCIDENT");
    Long complaints = jdbc.query("select count(*) from complaint where status = 'OPEN' and first_responded_at is null "
        + "and first_response_due < ?", ps -> ps.setTimestamp(1, Timestamp.valueOf(now), utc()),
        rs -> rs.next() ? rs.getLong(1) : 0L);
    snapshot = new Snapshot(Map.copyOf(cases), Map.copyOf(letters), oldestSeconds, jobsDue, incidents, complaints,
        retrying);
    caseAmounts.register(amounts, true);
  }

  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }

  private static String quoted(Delivery... deliveries) {
    return String.join(", ", Arrays.stream(deliveries).map(d -> "'" + d.name() + "'").toList());
  }
}
