package io.ardesk.workflow.collections;

import io.ardesk.collections.EscalationLadder;
import io.ardesk.collections.Stage;
import io.ardesk.workflow.SystemAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The escalation ladder as the business tunes it: the DMN table {@code escalation-stage}.
 *
 * <p>The table answers from the days past due alone, so a deployed version gives the same rung for the
 * same days all day long. Each version is asked once a day per number of days, through the engine, which
 * keeps that decision in its history with input and output (Cockpit's decision history shows it, the case's
 * history names the version); the other cases of that day take the same answer from memory. Asking the
 * table for every case evaluation cost a tenth of a node's time in a collections run and four history rows
 * each time (docs/cluster-check.md). A new version is used from the first evaluation after its deployment:
 * the latest version is looked up every time. An answer is remembered only once the transaction that asked
 * commits, so a rolled-back evaluation, whose decision the engine's history lost with it, is asked again.
 */
@Component
class DmnEscalationLadder implements EscalationLadder {

  static final String TABLE = "escalation-stage";

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final Clock clock;
  private final SystemAccess system;
  /** The answers of today, per table version and days past due. */
  private volatile Answers answers = new Answers(LocalDate.MIN);

  DmnEscalationLadder(DecisionService decisions, RepositoryService repository, Clock clock, SystemAccess system) {
    this.decisions = decisions;
    this.repository = repository;
    this.clock = clock;
    this.system = system;
  }

  /** The rung for these days, whoever's work asks (the table is the business's rule, not the user's). */
  @Override
  public Rung rungFor(int daysPastDue) {
    return system.call(() -> rung(daysPastDue));
  }

  private Rung rung(int daysPastDue) {
    DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(TABLE)
        .latestVersion().singleResult();
    if (table == null) {
      throw new IllegalStateException("The DMN table " + TABLE + " is not deployed");
    }
    Answers today = answersOf(LocalDate.now(clock));
    Key key = new Key(table.getId(), daysPastDue);
    Rung known = today.rungs.get(key);
    if (known != null) {
      return known;
    }
    Rung asked = ask(table, daysPastDue);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          today.rungs.putIfAbsent(key, asked);
        }
      });
    } else {
      today.rungs.putIfAbsent(key, asked);
    }
    return asked;
  }

  private Rung ask(DecisionDefinition table, int daysPastDue) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(table.getId(),
        Map.of("daysPastDue", daysPastDue)).getSingleResult();
    Object next = result.getEntryMap().get("nextStageAtDays");
    return new Rung(Stage.valueOf(result.getEntry("stage")), next == null ? null : ((Number) next).intValue(),
        TABLE + " v" + table.getVersion());
  }

  private Answers answersOf(LocalDate day) {
    Answers current = answers;
    if (!current.day.equals(day)) {
      current = new Answers(day);
      answers = current;
    }
    return current;
  }

  private record Key(String tableId, int daysPastDue) {}

  private static final class Answers {
    private final LocalDate day;
    private final Map<Key, Rung> rungs = new ConcurrentHashMap<>();

    Answers(LocalDate day) {
      this.day = day;
    }
  }
}
