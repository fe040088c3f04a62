package io.ardesk.benchmark;

import io.ardesk.collections.CollectionsRuns.RunTally;
import io.ardesk.collections.letters.LetterDelivery;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.importing.ImportService;
import io.ardesk.workflow.collections.CollectionsRunner;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;
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
 * The collections benchmark (docs/benchmarks.md): loads customers through the import path, a share
 * of them with one overdue invoice spread over every stage, then measures the collections run, the
 * cases' first evaluation (letters written), letter delivery to a local SMTP sink and payment
 * correlation latency with all cases running; and the same for a bare Camunda process (start →
 * service task → timer → receive task) in the same run. Prints the figures and stops.
 */
@Component
@Profile("collections-benchmark")
class CollectionsBenchmark implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CollectionsBenchmark.class);
  private static final int MAX_DAYS_PAST_DUE = 250;

  private final ImportService imports;
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

  CollectionsBenchmark(ImportService imports, CollectionsRunner runner, LetterDelivery letters,
      PaymentService payments, RuntimeService runtime, ManagementService management, RepositoryService repository,
      DataSource dataSource, Clock clock, ConfigurableApplicationContext context,
      @Value("${ardesk.benchmark.customers:100000}") int customers,
      @Value("${ardesk.benchmark.overdue-customers:10000}") int overdue,
      @Value("${ardesk.benchmark.latency-samples:500}") int samples,
      @Value("${ardesk.ledger.import-chunk-size:2000}") int chunk,
      @Value("${spring.mail.port}") int smtpPort,
      @Value("${ardesk.benchmark.prefix:CB}") String prefix) {
    this.imports = imports;
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

  private void load(LocalDate today) {
    importRows("customers", customers, "customer_no,name,payment_terms_days,email,language\n",
        i -> prefix + i + ",Customer " + i + ",30," + (i % 10 == 9 ? "" : "ap" + i + "@customer.example") + ","
            + (i % 2 == 0 ? "zh" : "en") + "\n");
    // every customer has an invoice; the first `overdue` of them are past due by 1 to 250 days
    importRows("invoices", customers, "invoice_no,customer_no,issue_date,amount,due_date\n", i -> {
      LocalDate due = i < overdue ? today.minusDays(1 + i % MAX_DAYS_PAST_DUE) : today.plusDays(1 + i % 30);
      return prefix + "I" + i + "," + prefix + i + "," + due.minusDays(30) + "," + (1000 + i % 9000) + ".00," + due
          + "\n";
    });
    jdbc.execute("analyze");
  }

  private void measureCollections(LocalDate today, SmtpSink smtp) {
    long start = System.nanoTime();
    RunTally tally = runner.run(today);
    double runSeconds = seconds(start);
    print("collections run: %.1f s, %,d customers evaluated, %,d cases started: %,.0f cases started/s",
        runSeconds, tally.customersEvaluated(), tally.casesStarted(), tally.casesStarted() / runSeconds);

    start = System.nanoTime();
    int jobs = executeDueJobs();
    double evaluateSeconds = seconds(start);
    int written = jdbc.queryForObject("select count(*) from dunning_letter where customer_no like ?", Integer.class,
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
    int fired = executeDueJobs();
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

  /** Runs every job due now, one after the other, as one job executor thread would. */
  private int executeDueJobs() {
    int executed = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().executable().listPage(0, 500)).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  private void importRows(String what, long rows, String header, LongFunction<String> row) {
    long start = System.nanoTime();
    StringBuilder csv = new StringBuilder(header);
    int inChunk = 0;
    for (long i = 0; i < rows; i++) {
      csv.append(row.apply(i));
      if (++inChunk == chunk || i == rows - 1) {
        var reader = new StringReader(csv.toString());
        if (what.equals("customers")) {
          imports.importCustomers(reader, "benchmark");
        } else {
          imports.importInvoices(reader, "benchmark");
        }
        csv.setLength(0);
        csv.append(header);
        inChunk = 0;
      }
    }
    print("imported %,d %s in %.1f s", rows, what, seconds(start));
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
