package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SQL read models behind the Cockpit dashboard and the Tasklist customer tab: a customer's open items,
 * letters, complaints and last credit assessment; the cases by stage and their moves in a period.
 */
@Service
@Transactional(readOnly = true)
public class ReceivablesQueries {

  public record OpenItem(String invoiceNo, String kind, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
      BigDecimal openAmount, String currency, int daysPastDue, String bucket, boolean disputed) {}

  public record Letter(long id, String kind, String stage, String subject, LocalDate letterDate, String delivery,
      LocalDateTime sentAt, BigDecimal amount, String currency) {}

  public record ComplaintLine(String complaintNo, String category, String status, LocalDateTime receivedAt,
      BigDecimal claimAmount, String currency, boolean firstResponseMissed) {}

  public record Assessment(LocalDateTime assessedAt, String assessedBy, BigDecimal score, String grade,
      BigDecimal recommendedLimit, String status, String decidedGrade, BigDecimal decidedLimit) {}

  public record LetterBody(long id, String customerNo, String subject, String body, String format) {}

  /** Open cases per stage: how many, how much overdue (per currency). */
  public record StageLine(String stage, String currency, long cases, BigDecimal overdueAmount) {}

  /**
   * Case moves in a period: {@code entered} cases opened, {@code leftPaid} cases closed without a
   * write-off, {@code escalated} cases that reached a later stage (a stage reached after their first).
   */
  public record CaseMoves(LocalDate from, LocalDate to, long entered, long leftPaid, long escalated) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final AgingService aging;

  ReceivablesQueries(DataSource dataSource, AgingService aging) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.aging = aging;
  }

  private record CustomerRow(long id, String currency) {}

  private CustomerRow customer(String customerNo) {
    return jdbc.query("select id, currency from customer where customer_no = :no",
            new MapSqlParameterSource("no", customerNo), (rs, n) -> new CustomerRow(rs.getLong(1), rs.getString(2)))
        .stream().findFirst().orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  /** Every open item of the customer in its currency on {@code asOf}, oldest due first. */
  public List<OpenItem> openItems(String customerNo, LocalDate asOf) {
    CustomerRow c = customer(customerNo);
    var params = new MapSqlParameterSource().addValue("asOf", asOf).addValue("currency", c.currency())
        .addValue("customerId", c.id());
    Buckets buckets = aging.buckets();
    return jdbc.query("select o.* from (" + OpenItems.aged("i.customer_id = :customerId")
        + ") o order by o.due_date, o.invoice_no", params, (rs, n) -> new OpenItem(rs.getString("invoice_no"),
        rs.getString("kind"), rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
        Amounts.round(rs.getBigDecimal("amount")), Amounts.round(rs.getBigDecimal("open_amount")),
        rs.getString("currency"), Math.max(0, rs.getInt("dpd")), buckets.nameOf(rs.getInt("dpd")),
        rs.getBoolean("disputed")));
  }

  /** The letters written to the customer, newest first. */
  public List<Letter> letters(String customerNo) {
    customer(customerNo);
    return jdbc.query("""
        select id, kind, stage, subject, letter_date, delivery, sent_at, amount, currency
          from outgoing_letter where customer_no = :no order by letter_date desc, id desc
        """, new MapSqlParameterSource("no", customerNo), (rs, n) -> new Letter(rs.getLong("id"), rs.getString("kind"),
        rs.getString("stage"), rs.getString("subject"), rs.getObject("letter_date", LocalDate.class),
        rs.getString("delivery"), rs.getObject("sent_at", LocalDateTime.class), rs.getBigDecimal("amount"),
        rs.getString("currency")));
  }

  /** One archived letter as it was written. */
  public LetterBody letter(long id) {
    return jdbc.query("select id, customer_no, subject, body, body_format from outgoing_letter where id = :id",
            new MapSqlParameterSource("id", id), (rs, n) -> new LetterBody(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)))
        .stream().findFirst().orElseThrow(() -> new NotFoundException("letter", "id", Long.toString(id)));
  }

  public List<ComplaintLine> complaints(String customerNo) {
    return jdbc.query("""
        select complaint_no, category, status, received_at, claim_amount, currency, first_response_missed
          from complaint where customer_no = :no order by received_at desc
        """, new MapSqlParameterSource("no", customerNo), (rs, n) -> new ComplaintLine(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getBigDecimal(5), rs.getString(6),
        rs.getBoolean(7)));
  }

  public Optional<Assessment> lastAssessment(String customerNo) {
    return jdbc.query("""
        select assessed_at, assessed_by, score, grade, recommended_limit, status, decided_grade, decided_limit
          from credit_assessment where customer_no = :no order by assessed_at desc, id desc fetch first 1 rows only
        """, new MapSqlParameterSource("no", customerNo), (rs, n) -> new Assessment(
        rs.getObject(1, java.time.OffsetDateTime.class).toLocalDateTime(), rs.getString(2), rs.getBigDecimal(3),
        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8)))
        .stream().findFirst();
  }

  public List<StageLine> casesByStage() {
    return jdbc.query("""
        select stage, currency, count(*) as cases, sum(overdue_amount) as overdue
          from collection_case where status = 'OPEN' group by stage, currency order by stage, currency
        """, (rs, n) -> new StageLine(rs.getString(1), rs.getString(2), rs.getLong(3),
        Amounts.round(Amounts.orZero(rs.getBigDecimal(4)))));
  }

  public CaseMoves caseMoves(LocalDate from, LocalDate to) {
    var params = new MapSqlParameterSource().addValue("from", from).addValue("to", to)
        .addValue("fromTs", from.atStartOfDay()).addValue("toTs", to.plusDays(1).atStartOfDay());
    Map<String, Object> row = jdbc.queryForMap("""
        select
          (select count(*) from collection_case where opened_on between :from and :to) as entered,
          (select count(*) from collection_case c where c.status = 'CLOSED'
              and c.closed_at >= :fromTs and c.closed_at < :toTs
              and not exists (select 1 from collection_action w where w.case_id = c.id and w.kind = 'WRITTEN_OFF'))
            as left_paid,
          (select count(distinct a.case_id) from collection_action a
            where a.kind = 'STAGE_REACHED' and a.occurred_at >= :fromTs and a.occurred_at < :toTs
              and exists (select 1 from collection_action b where b.case_id = a.case_id
                           and b.kind = 'STAGE_REACHED' and b.id < a.id)) as escalated
        """, params);
    return new CaseMoves(from, to, ((Number) row.get("entered")).longValue(),
        ((Number) row.get("left_paid")).longValue(), ((Number) row.get("escalated")).longValue());
  }

  /** The customer of a complaint number, if it is one. */
  public Optional<String> customerOfComplaint(String complaintNo) {
    return jdbc.queryForList("select customer_no from complaint where complaint_no = :no",
        new MapSqlParameterSource("no", complaintNo), String.class).stream().findFirst();
  }

  /** Open complaints per category. */
  public Map<String, Long> openComplaintsByCategory() {
    var result = new LinkedHashMap<String, Long>();
    jdbc.query("select category, count(*) from complaint where status = 'OPEN' group by category order by category",
        rs -> {
          result.put(rs.getString(1), rs.getLong(2));
        });
    return result;
  }
}
