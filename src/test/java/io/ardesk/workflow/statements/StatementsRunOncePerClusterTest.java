package io.ardesk.workflow.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.language.TeamLanguage;
import io.ardesk.ops.OncePerCluster;
import io.ardesk.statements.Statements;
import io.ardesk.statements.StatementsProperties;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.SystemAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The statements run scheduled on two nodes: both schedulers fire on the statements day at the same
 * moment; one node makes the statements, the other skips the day (the lock row in {@code shedlock}),
 * and the customer gets one statement and one confirmation process.
 */
@IntegrationTest
class StatementsRunOncePerClusterTest {

  static final LocalDate STATEMENTS_DAY = LocalDate.of(1987, 6, 3);
  static final YearMonth MAY = YearMonth.of(1987, 5);

  @Autowired CaseKit kit;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired StatementsRun nodeA;
  @Autowired Statements statements;
  @Autowired RuntimeService runtime;
  @Autowired SystemAccess system;
  @Autowired StatementsProperties properties;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    kit.resetClock();
    jdbc.update("delete from shedlock where name = ?", StatementsRun.LOCK);
  }

  @Test
  void twoSchedulersFiringTogetherMakeTheStatementsOnce() throws Exception {
    String customerNo = kit.customer("Once Trading", "ap@once-statement.example", "en", "lily");
    customers.changeStatementCadence(customerNo, StatementCadence.MONTHLY, "frank", "monthly statements agreed");
    kit.today(LocalDate.of(1987, 5, 10));
    invoices.postInvoice(new NewInvoice(customerNo + "-A", customerNo, LocalDate.of(1987, 5, 10),
        new BigDecimal("1200.00"), null, "CNY", null), "frank");
    kit.today(STATEMENTS_DAY);
    assertThat(statements.customersDue(MAY)).contains(customerNo);

    // a second node: its own scheduler and its own lock client, the same database
    StatementsRun nodeB = new StatementsRun(statements, runtime, system, properties, transactions, clock,
        new OncePerCluster(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build())),
        TeamLanguage.english());

    CountDownLatch fire = new CountDownLatch(1);
    ExecutorService schedulers = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Optional<Integer>>> rounds = List.of(
          () -> { fire.await(); return nodeA.scheduledRun(STATEMENTS_DAY); },
          () -> { fire.await(); return nodeB.scheduledRun(STATEMENTS_DAY); });
      List<Future<Optional<Integer>>> results = rounds.stream().map(schedulers::submit).toList();
      fire.countDown();
      List<Optional<Integer>> ran = List.of(results.get(0).get(), results.get(1).get());

      assertThat(ran).as("one node ran the day, the other skipped it").filteredOn(Optional::isPresent).hasSize(1);
      assertThat(ran).filteredOn(Optional::isEmpty).hasSize(1);
      assertThat(ran.stream().flatMap(Optional::stream).findFirst()).get(
          org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(1);
    } finally {
      schedulers.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from statement where customer_no = ?", Integer.class, customerNo))
        .isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(StatementProcess.PROCESS)
        .processInstanceBusinessKey(customerNo + ":" + MAY).count()).isEqualTo(1);
    assertThat(nodeB.scheduledRun(STATEMENTS_DAY)).as("a node whose scheduler fires a minute later skips the day too")
        .isEmpty();
  }
}
