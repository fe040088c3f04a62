package io.ardesk.workflow.statements;

import io.ardesk.language.TeamLanguage;
import io.ardesk.statements.StatementLetters;
import io.ardesk.statements.StatementView;
import io.ardesk.statements.Statements;
import io.ardesk.statements.StatementsProperties;
import io.ardesk.workflow.SystemAccess;
import io.ardesk.ops.OncePerCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements run: on {@code ardesk.statements.day-of-month} every customer due a statement
 * closing with the month before (quarterly customers at a quarter's end) gets it written and its
 * {@code statement-confirmation} started, one customer per transaction. The statement row is
 * unique per customer and month, so a second run (or a run retried after a crash) makes nothing new.
 */
@Component
public class StatementsRun {
  private static final Logger log = LoggerFactory.getLogger(StatementsRun.class);

  private final Statements statements;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final StatementsProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final OncePerCluster cluster;
  private final TeamLanguage language;
  static final String LOCK = "statements-run";
  /** One customer per transaction; a run of 100,000 customers takes minutes, not an hour. */
  static final Duration LOCK_AT_MOST = Duration.ofHours(1);
  static final Duration LOCK_AT_LEAST = Duration.ofMinutes(5);

  StatementsRun(Statements statements, RuntimeService runtime, SystemAccess system, StatementsProperties properties,
      PlatformTransactionManager transactions, Clock clock, OncePerCluster cluster, TeamLanguage language) {
    this.language = language;
    this.statements = statements;
    this.runtime = runtime;
    this.system = system;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.cluster = cluster;
  }

  /**
   * Every day at {@code ardesk.statements.run-cron}: the run when it is the statements day, on one
   * node of the cluster.
   */
  @Scheduled(cron = "${ardesk.statements.run-cron:0 30 5 * * *}")
  void daily() {
    if (properties.scheduledRun()) {
      scheduledRun(LocalDate.now(clock));
    }
  }

  /**
   * The scheduled run of {@code date}, once per cluster: the statements made, or empty when another
   * node's run of the day holds the lock (held for at least {@link #LOCK_AT_LEAST}, so a node whose
   * scheduler fires a little later skips the day too).
   */
  Optional<Integer> scheduledRun(LocalDate date) {
    return cluster.run(LOCK, LOCK_AT_MOST, LOCK_AT_LEAST, () -> runOn(date));
  }

  /** The run of {@code date}: nothing unless it is the statements day. Returns the statements made. */
  public int runOn(LocalDate date) {
    if (date.getDayOfMonth() != properties.dayOfMonth()) {
      return 0;
    }
    return run(YearMonth.from(date).minusMonths(1));
  }

  /** Writes and starts the statements closing with {@code month} that are due and not yet made. */
  public int run(YearMonth month) {
    int made = 0;
    for (String customerNo : statements.customersDue(month)) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> start(customerNo, month)))) {
          made++;
        }
      } catch (RuntimeException e) {
        log.error("Statement {} of {} could not be made: {}", month, customerNo, e.getMessage(), e);
      }
    }
    log.info("Statements run {}: {} statements made", month, made);
    return made;
  }

  /**
   * The statement of one customer closing with {@code month}, whatever its cadence (a statement on
   * request): false when it exists already.
   */
  public boolean runFor(String customerNo, YearMonth month) {
    return Boolean.TRUE.equals(transaction.execute(status -> start(customerNo, month)));
  }

  private boolean start(String customerNo, YearMonth month) {
    Optional<StatementView> made = statements.prepare(customerNo, month);
    if (made.isEmpty()) {
      return false;
    }
    StatementView statement = made.get();
    Map<String, Object> variables = new HashMap<>();
    variables.put(StatementProcess.CUSTOMER_NO, customerNo);
    variables.put(StatementProcess.MONTH, month.toString());
    variables.put("customerName", statement.content().customerName());
    variables.put("statementSummary", summary(statement, language));
    variables.put("answerDuration", "P" + properties.answerDays() + "D");
    variables.put("answerDueDate", java.util.Date.from(LocalDate.now(clock).plusDays(properties.answerDays())
        .atStartOfDay(clock.getZone()).toInstant()));
    variables.put("callDuration", "P" + properties.callDays() + "D");
    system.run(() -> runtime.startProcessInstanceByKey(StatementProcess.PROCESS,
        StatementLetters.reference(customerNo, month), variables));
    return true;
  }

  /** What the tasks show: the period and the closing balance per currency. */
  /** "Statement 2026-11-01 to 2026-11-30: closing balance 2,000.00 CNY (opening 0.00, 2 documents).", in the team's language. */
  static String summary(StatementView statement, TeamLanguage language) {
    var content = statement.content();
    String balances = content.currencies().stream()
        .map(c -> language.text("statement.summary.balance", language.money(c.closingBalance(), c.currency()),
            TeamLanguage.money(c.openingBalance()), String.valueOf(c.lines().size())))
        .collect(Collectors.joining(language.text("statement.summary.separator")));
    return language.text("statement.summary", language.date(content.from()), language.date(content.to()),
        balances.isEmpty() ? language.text("statement.summary.none") : balances);
  }
}
