package io.ardesk.workflow.collections;

import io.ardesk.collections.EscalationLadder;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.report.ComingAction;
import io.ardesk.ledger.report.ComingDates;
import io.ardesk.ledger.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The calendar of coming actions: the collection cases' timers as the engine holds them (when a case
 * looks again, and which stage, letter and stop supply that day brings by the escalation ladder), and
 * the dates of the domain tables (promises, extension ends, credit reviews).
 */
@Service
public class ComingActions {
  public static final int MAX_DAYS = 366;
  static final String LOOK_AGAIN = "Timer_LookAgain";

  private final ManagementService management;
  private final RuntimeService runtime;
  private final ComingDates dates;
  private final EscalationLadder ladder;
  private final Clock clock;

  ComingActions(ManagementService management, RuntimeService runtime, ComingDates dates, EscalationLadder ladder,
      Clock clock) {
    this.management = management;
    this.runtime = runtime;
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

    Map<String, String> activityOf = management.createJobDefinitionQuery()
        .processDefinitionKey(CollectionCaseStarter.PROCESS).list().stream()
        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId, (a, b) -> a));
    Date before = Date.from(last.plusDays(1).atStartOfDay(zone).toInstant());
    List<Job> timers = management.createJobQuery().processDefinitionKey(CollectionCaseStarter.PROCESS).timers()
        .duedateLowerThan(before).list();
    if (timers.isEmpty()) {
      return sorted(result);
    }
    Set<String> instanceIds = timers.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> customerOf = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processInstanceIds(instanceIds).list()) {
      customerOf.put(instance.getId(), instance.getBusinessKey());
    }
    var cases = dates.openCases();
    for (Job timer : timers) {
      String customerNo = customerOf.get(timer.getProcessInstanceId());
      ComingDates.OpenCase c = customerNo == null ? null : cases.get(customerNo);
      if (c == null || timer.getDuedate() == null) {
        continue;
      }
      LocalDate day = timer.getDuedate().toInstant().atZone(zone).toLocalDate();
      if (day.isBefore(today)) {
        day = today;
      }
      if (!LOOK_AGAIN.equals(activityOf.get(timer.getJobDefinitionId()))) {
        result.add(new ComingAction(day, "CASE_LOOKS_AGAIN", customerNo, c.name(), "timer "
            + activityOf.get(timer.getJobDefinitionId()), c.stage(), c.overdueAmount(), c.currency(), "engine timer"));
        continue;
      }
      result.add(onTimer(day, c));
    }
    return sorted(result);
  }

  /** What the case's look-again timer brings: the stage the oldest item reaches that day, if later. */
  private ComingAction onTimer(LocalDate day, ComingDates.OpenCase c) {
    Stage current = c.stage() == null ? null : Stage.valueOf(c.stage());
    if (c.oldestDueDate() != null) {
      Stage next = ladder.rungFor((int) (day.toEpochDay() - c.oldestDueDate().toEpochDay())).stage();
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

  private static List<ComingAction> sorted(List<ComingAction> actions) {
    actions.sort(Comparator.comparing(ComingAction::date).thenComparing(ComingAction::kind)
        .thenComparing(ComingAction::customerNo));
    return actions;
  }
}
