package io.ardesk.credit.review;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The customers whose review date has come (docs/domain.md §6): {@code next_review_date} on or before the
 * day, however it was set (import, patch, a finished review), not {@code CLOSED}, and no review
 * running. One page at a time, in customer-number order, for the daily review scan.
 */
@Service
public class ReviewDates {

  private final NamedParameterJdbcTemplate jdbc;

  public ReviewDates(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} customer numbers after {@code afterCustomerNo} (null: from the first). */
  public List<String> dueForReview(LocalDate day, String afterCustomerNo, int limit) {
    String after = afterCustomerNo == null ? "" : " and c.customer_no > :after";
    return jdbc.queryForList("""
        select c.customer_no from customer c
        where c.next_review_date <= :day
          and c.status <> 'CLOSED'
          and not exists (select 1 from credit_review r where r.open_customer_no = c.customer_no)"""
        + after + " order by c.customer_no fetch first :limit rows only",
        new MapSqlParameterSource("day", day).addValue("after", afterCustomerNo)
            .addValue("limit", limit),
        String.class);
  }
}
