package io.ardesk.complaints;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The complaint report (docs/domain.md §10): counted and summed by the database, never by loading complaints. */
@Service
@Transactional(readOnly = true)
public class ComplaintReportService {
  public static final String OPEN = "OPEN";

  private final EntityManager entityManager;
  private final Clock clock;

  ComplaintReportService(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  public ComplaintFigures figures(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new ComplaintInputException(from == null ? "from" : "to",
          from == null || to == null ? "is required (yyyy-MM-dd)" : "must not be before from");
    }
    Object[] totals = (Object[]) period("""
        select count(c),
          sum(case when c.firstRespondedAt is not null and c.firstRespondedAt <= c.firstResponseDue then 1 else 0 end),
          sum(case when c.firstResponseMissed = true
                     or (c.firstRespondedAt is null and c.firstResponseDue < :now) then 1 else 0 end),
          sum(case when c.firstRespondedAt is null and c.firstResponseDue >= :now then 1 else 0 end),
          sum(case when c.escalatedAt is not null then 1 else 0 end),
          sum(case when c.closedAt is not null then 1 else 0 end),
          sum(c.minutesToClose)
        from Complaint c where c.receivedAt >= :from and c.receivedAt < :to""", from, to)
        .setParameter("now", LocalDateTime.now(clock)).getSingleResult();
    long inTime = count(totals[1]);
    long missed = count(totals[2]);
    long closed = count(totals[5]);
    Map<String, Long> byCategory = new LinkedHashMap<>();
    for (ComplaintCategory category : ComplaintCategory.values()) {
      byCategory.put(category.name(), 0L);
    }
    groups("c.category", from, to).forEach((k, v) -> byCategory.put(k, v));
    return new ComplaintFigures(from, to, count(totals[0]), byCategory, groups("c.outcome", from, to), inTime, missed,
        count(totals[3]), count(totals[4]), ratio(BigDecimal.valueOf(inTime * 100), inTime + missed), closed,
        ratio(BigDecimal.valueOf(count(totals[6])).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP), closed));
  }

  private Map<String, Long> groups(String property, LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = period("select " + property + ", count(c) from Complaint c"
        + " where c.receivedAt >= :from and c.receivedAt < :to group by " + property + " order by count(c) desc",
        from, to).getResultList();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      counts.merge(row[0] == null ? OPEN : ((Enum<?>) row[0]).name(), count(row[1]), Long::sum);
    }
    return counts;
  }

  private Query period(String jpql, LocalDate from, LocalDate to) {
    return entityManager.createQuery(jpql).setParameter("from", from.atStartOfDay())
        .setParameter("to", to.plusDays(1).atStartOfDay());
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal ratio(BigDecimal numerator, long denominator) {
    return denominator == 0 ? null : numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }
}
