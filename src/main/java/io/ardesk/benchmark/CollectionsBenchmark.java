package io.ardesk.benchmark;

import io.ardesk.collections.CollectionsRuns.RunProgress;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.workflow.collections.CollectionsRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The collections benchmark (docs/benchmarks.md): loads customers, a share of them with one overdue
 * invoice spread over every stage, then measures the collections run, the
 * cases' first evaluation (letters written), letter delivery to a local SMTP sink and payment
 * correlation latency with all cases running; and the same for a bare Camunda process (start →
 * service task → timer → receive task) in the same run. Prints the figures and stops.
 */
@Component
@Profile("collections-benchmark")
class CollectionsBenchmark implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CollectionsBenchmark.class);
  private static final int MAX_DAYS_PAST_DUE = 250;

  private final CollectionsRunner runner;
  private final LetterDelivery letters;
  private final PaymentService payments;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ConfigurableApplicationContext context;
  private final int customers;
  private final int overdue;
  private final int samples;
  private final int chunk;
  private final int smtpPort;
  private final String prefix;

  CollectionsBenchmark(CollectionsRunner runner, LetterDelivery letters,
      PaymentService payments, RuntimeService runtime, ManagementService management, RepositoryService repository,
      DataSource dataSource, Clock clock, ConfigurableApplicationContext context,
      @Value("${ardesk.benchmark.customers:100000}") int customers,
      @Value("${ardesk.benchmark.overdue-customers:10000}") int overdue,
      @Value("${ardesk.benchmark.latency-samples:500}") int samples,
      @Value("${ardesk.ledger.import-chunk-size:2000}") int chunk,
      @Value("${spring.mail.port}") int smtpPort,
      @Value("${ardesk.benchmark.prefix:CB}") String prefix) {
    this.runner = runner;
    this.letters = letters;
    this.payments = payments;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
    this.context = context;
    this.customers = customers;
    this.overdue = overdue;
    this.samples = samples;
    this.chunk = chunk;
    this.smtpPort = smtpPort;
    this.prefix = prefix;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    LocalDate today = LocalDate.now(clock);
    print("database %s, %,d customers, %,d with an overdue invoice (1–%d days), as of %s", database, customers,
        overdue, MAX_DAYS_PAST_DUE, today);
    try (SmtpSink smtp = new SmtpSink(smtpPort)) {
      load(today);
      measureCollections(today, smtp);
      measureBareEngine();
    }
    SpringApplication.exit(context, () -> 0);
  }

  /**
   * Set-up, not measured: customers and one invoice each written straight into the ledger tables
   * in batches (the import path is measured by the ledger benchmark, and would also start a first
   * credit review per new customer).
   */
  private void load(LocalDate today) {
    long start = System.nanoTime();
    LocalDateTime now = LocalDateTime.now(clock);
    for (int from = 0; from < customers; from += chunk) {
      List<Object[]> customerRows = new ArrayList<>();
      List<Object[]> invoiceRows = new ArrayList<>();
      for (int i = from; i < Math.min(customers, from + chunk); i++) {
        customerRows.add(new Object[] {prefix + i, "Customer " + i, i % 10 == 9 ? null : "ap" + i + "@customer.example",
            i % 2 == 0 ? "zh" : "en", now});
        LocalDate due = i < overdue ? today.minusDays(1 + i % MAX_DAYS_PAST_DUE) : today.plusDays(1 + i % 30);
        BigDecimal amount = BigDecimal.valueOf(1000 + i % 9000).setScale(2);
        invoiceRows.add(new Object[] {prefix + "I" + i, prefix + i, due.minusDays(30), due, due, amount, amount, now});
      }
      jdbc.batchUpdate("insert into customer (customer_no, name, email, language, currency, settlement_method,"
          + " payment_terms_days, credit_limit, key_account, standing, status, created_at, created_by, version)"
          + " values (?, ?, ?, ?, 'CNY', 'CREDIT', 30, 100000, false, 'ACTIVE', 'ACTIVE', ?, 'benchmark', 0)",
          customerRows);
      jdbc.batchUpdate("insert into invoice (invoice_no, kind, customer_id, issue_date, due_date, effective_due_date,"
          + " extended, amount, currency, open_amount, disputed, created_at, created_by, version)"
          + " select ?, 'INVOICE', c.id, ?, ?, ?, false, ?, 'CNY', ?, false, ?, 'benchmark', 0 from customer c"
          + " where c.customer_no = ?",
          invoiceRows.stream().map(r -> new Object[] {r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[1]}).toList());
    }
    jdbc.execute("analyze");
    print("loaded %,d customers with one invoice each in %.1f s", customers, seconds(start));
  }

  private void measureCollections(LocalDate today, SmtpSink smtp) {
    long start = System.nanoTime();
    RunProgress tally = runner.runToEnd(today, "benchmark");
    double runSeconds = seconds(start);
    print("collections run: %.1f s, %,d customers evaluated, %,d cases started: %,.0f cases started/s",
        runSeconds, tally.customersEvaluated(), tally.casesStarted(), tally.casesStarted() / runSeconds);

    start = System.nanoTime();
    int jobs = executeDueJobs("collection-case");
    double evaluateSeconds = seconds(start);
    int written = jdbc.queryForObject("select count(*) from outgoing_letter where customer_no like ?", Integer.class,
        prefix + "%");
    print("first evaluation of every case: %,d jobs in %.1f s (%,.0f jobs/s), %,d letters written (%,.0f letters/s)",
        jobs, evaluateSeconds, jobs / evaluateSeconds, written, written / evaluateSeconds);

    start = System.nanoTime();
    int sent = letters.deliverPending();
    double sendSeconds = seconds(start);
    print("letters sent by SMTP with their PDF copy: %,d in %.1f s: %,.0f letters/s (sink received %,d)", sent,
        sendSeconds, sent / sendSeconds, smtp.received());

    List<Long> latencies = new ArrayList<>();
    Random random = new Random(11);
    for (int s = 0; s < samples; s++) {
      long i = random.nextInt(overdue);
      long t = System.nanoTime();
      payments.postPayment(new NewPayment(prefix + "PAY" + s, prefix + i, today, new BigDecimal("1.00"), List.of(),
          PaymentMethod.TRANSFER, null), "benchmark");
      latencies.add(System.nanoTime() - t);
    }
    print("payment posted and correlated to its running case: p50 %.1f ms, p95 %.1f ms over %,d payments",
        percentile(latencies, 50), percentile(latencies, 95), samples);
  }

  private void measureBareEngine() {
    repository.createDeployment().name("benchmark bare process").addModelInstance("bench-bare.bpmn",
        Bpmn.createExecutableProcess("bench-bare").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Bare").camundaExpression("${true}")
            .intermediateCatchEvent("Timer_Bare").timerWithDuration("PT1M")
            .receiveTask("Task_Receive").message("BareContinue").endEvent().done()).deploy();
    int instances = overdue;
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      runtime.startProcessInstanceByKey("bench-bare", "BARE-" + i);
    }
    double startSeconds = seconds(start);
    print("bare engine: %,d instances started in %.1f s: %,.0f starts/s", instances, startSeconds,
        instances / startSeconds);
    ClockUtil.setCurrentTime(new Date(ClockUtil.now().getTime() + 120_000));
    start = System.nanoTime();
    int fired = executeDueJobs("bench-bare");
    double timerSeconds = seconds(start);
    print("bare engine: %,d timers fired in %.1f s: %,.0f timers/s", fired, timerSeconds, fired / timerSeconds);
    List<Long> latencies = new ArrayList<>();
    Random random = new Random(13);
    for (int s = 0; s < samples; s++) {
      long t = System.nanoTime();
      runtime.createMessageCorrelation("BareContinue").processInstanceBusinessKey("BARE-" + random.nextInt(instances))
          .correlateAll();
      latencies.add(System.nanoTime() - t);
    }
    print("bare engine: message correlated to a receive task: p50 %.1f ms, p95 %.1f ms over %,d messages",
        percentile(latencies, 50), percentile(latencies, 95), samples);
    ClockUtil.reset();
  }

  /** Runs every job of the process due now, one after the other, as one job executor thread would. */
  private int executeDueJobs(String processKey) {
    int executed = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().processDefinitionKey(processKey).executable().listPage(0, 500))
        .isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  private static double percentile(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String format, Object... args) {
    log.warn("[collections-benchmark] " + String.format(format, args));
  }
}
