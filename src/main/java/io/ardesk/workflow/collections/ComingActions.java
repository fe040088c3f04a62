package io.ardesk.workflow.collections;

import io.ardesk.collections.EscalationLadder;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.report.ComingAction;
import io.ardesk.ledger.report.ComingDates;
import io.ardesk.ledger.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The calendar of coming actions: the collection cases' timers as the engine holds them (when a case
 * looks again, and which stage, letter and stop supply that day brings by the escalation ladder), and
 * the dates of the domain tables (promises, extension ends, credit reviews). A handful of statements
 * whatever the number of cases: the timers with their open cases in one, the domain dates in three.
 */
@Service
public class ComingActions {
  public static final int MAX_DAYS = 366;
  static final String LOOK_AGAIN = "Timer_LookAgain";

  /**
   * The engine's timer jobs of a process (by key, as the engine's own job query filters them), each with
   * its activity (job definition) and the open case of its instance's business key. The jobs are read
   * first (the derived table with {@code offset 0 rows} keeps PostgreSQL from planning the join from the
   * executions, about seven per case: 20–40 ms instead of 170–720 ms at 5,000 cases).
   */
  private static final String TIMERS = """
      select j.DUEDATE_ as due, d.ACT_ID_ as activity, c.customer_no, cu.name, c.stage, c.overdue_amount,
             c.currency, c.oldest_days_past_due, c.last_evaluated_at, c.hold_placed
        from (select DUEDATE_, JOB_DEF_ID_, PROCESS_INSTANCE_ID_ from ACT_RU_JOB
               where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = :process and DUEDATE_ < :before
              offset 0 rows) j
        left join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
        join ACT_RU_EXECUTION p on p.ID_ = j.PROCESS_INSTANCE_ID_
        join collection_case c on c.customer_no = p.BUSINESS_KEY_ and c.status = 'OPEN'
        join customer cu on cu.customer_no = c.customer_no
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final ComingDates dates;
  private final EscalationLadder ladder;
  private final Clock clock;

  ComingActions(DataSource dataSource, ComingDates dates, EscalationLadder ladder, Clock clock) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.dates = dates;
    this.ladder = ladder;
    this.clock = clock;
  }

  /** Everything dated from today to today + days − 1; a timer already due shows on today. */
  public List<ComingAction> comingActions(int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException("days", "between 1 and " + MAX_DAYS);
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate last = today.plusDays(days - 1L);
    ZoneId zone = clock.getZone();
    var result = new ArrayList<ComingAction>(dates.domainDates(today, last));

    Timestamp before = Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant());
    Ladder steps = new Ladder(ladder);
    // one statement: the case process's timer jobs due before the last day, with their activity and the
    // open case of the instance's customer (business key); no query per timer or case
    jdbc.query(TIMERS, new MapSqlParameterSource().addValue("process", CollectionCaseStarter.PROCESS)
        .addValue("before", before), rs -> {
          ComingDates.OpenCase c = ComingDates.openCase(rs);
          LocalDate day = rs.getTimestamp("due").toInstant().atZone(zone).toLocalDate();
          if (day.isBefore(today)) {
            day = today;
          }
          String activity = rs.getString("activity");
          if (!LOOK_AGAIN.equals(activity)) {
            result.add(new ComingAction(day, "CASE_LOOKS_AGAIN", c.customerNo(), c.name(), "timer " + activity,
                c.stage(), c.overdueAmount(), c.currency(), "engine timer"));
          } else {
            result.add(onTimer(day, c, steps));
          }
        });
    return sorted(result);
  }

  /** What the case's look-again timer brings: the stage the oldest item reaches that day, if later. */
  private ComingAction onTimer(LocalDate day, ComingDates.OpenCase c, Ladder steps) {
    Stage current = c.stage() == null ? null : Stage.valueOf(c.stage());
    if (c.oldestDueDate() != null) {
      Stage next = steps.stageAt((int) (day.toEpochDay() - c.oldestDueDate().toEpochDay()));
      if (current == null || next.compareTo(current) > 0) {
        var what = new StringBuilder("stage ").append(next);
        next.letterNumber().ifPresent(n -> what.append(": letter ").append(n));
        if (next.stopsSupply() && !c.supplyStopped()) {
          what.append(", stop supply");
        }
        return new ComingAction(day, "NEXT_STAGE", c.customerNo(), c.name(), what.toString(), next.name(),
            c.overdueAmount(), c.currency(), "engine timer");
      }
    }
    return new ComingAction(day, "CASE_LOOKS_AGAIN", c.customerNo(), c.name(),
        "the case looks again (promise, call-back or deferral date)", c.stage(), c.overdueAmount(), c.currency(),
        "engine timer");
  }

  /**
   * The escalation ladder read once per calendar: each rung from the day it starts, by following the
   * table's "next stage at" from 0 days (a handful of evaluations of {@code escalation-stage}, not one per
   * case). Days before 0 ask the table itself.
   */
  static final class Ladder {
    private final EscalationLadder ladder;
    private final NavigableMap<Integer, Stage> steps = new TreeMap<>();

    Ladder(EscalationLadder ladder) {
      this.ladder = ladder;
      int from = 0;
      for (int rungs = 0; rungs < 100; rungs++) {
        EscalationLadder.Rung rung = ladder.rungFor(from);
        steps.put(from, rung.stage());
        if (rung.nextStageAtDays() == null || rung.nextStageAtDays() <= from) {
          break;
        }
        from = rung.nextStageAtDays();
      }
    }

    Stage stageAt(int daysPastDue) {
      return daysPastDue < 0 ? ladder.rungFor(daysPastDue).stage() : steps.floorEntry(daysPastDue).getValue();
    }
  }

  private static List<ComingAction> sorted(List<ComingAction> actions) {
    actions.sort(Comparator.comparing(ComingAction::date).thenComparing(ComingAction::kind)
        .thenComparing(ComingAction::customerNo));
    return actions;
  }
}
