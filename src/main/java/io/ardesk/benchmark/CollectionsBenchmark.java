package io.ardesk.benchmark;

import io.ardesk.collections.CollectionsRuns.RunProgress;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.workflow.collections.CaseChangeDelivery;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.letters.LetterDelivery;
import io.ardesk.workflow.collections.CollectionsRunner;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import io.ardesk.config.ApiTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The collections benchmark (docs/benchmarks.md): loads customers, a share of them with one overdue
 * invoice spread over every stage, then measures the collections run, the
 * cases' first evaluation (letters written), letter delivery to a local SMTP sink, payment latency
 * with all cases running (in process, and over HTTP one at a time and concurrently, followed by a
 * consistency check), the re-evaluation of every running case and the history rows it writes; and
 * the same for a bare Camunda process (start → service task → timer → receive task) in the same
 * run. Prints the figures and stops.
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
  private final IdentityService identity;
  private final CaseChangeDelivery delivery;
  private final LedgerQueries ledger;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ConfigurableApplicationContext context;
  private final int customers;
  private final int overdue;
  private final int samples;
  private final int chunk;
  private final int smtpPort;
  private final String prefix;
  private final int httpPayments;
  private final int httpThreads;
  private final int httpCustomers;
  private final String mode;
  private final int importCustomers;
  private final int importPayments;
  private final int importWarmUpFiles;
  private final int dashboardRounds;
  private final ApiTokens tokens;
  private final int rounds;
  /** The longest job {@link #executeDueJobs} ran since it was last set to 0 (nanoseconds). */
  private long longestJob;

  CollectionsBenchmark(CollectionsRunner runner, LetterDelivery letters,
      PaymentService payments, RuntimeService runtime, ManagementService management, RepositoryService repository,
      IdentityService identity, CaseChangeDelivery delivery, LedgerQueries ledger, DataSource dataSource, Clock clock, ConfigurableApplicationContext context,
      @Value("${ardesk.benchmark.customers:100000}") int customers,
      @Value("${ardesk.benchmark.overdue-customers:10000}") int overdue,
      @Value("${ardesk.benchmark.latency-samples:500}") int samples,
      @Value("${ardesk.ledger.import-chunk-size:2000}") int chunk,
      @Value("${spring.mail.port}") int smtpPort,
      @Value("${ardesk.benchmark.prefix:CB}") String prefix,
      @Value("${ardesk.benchmark.http-payments:200}") int httpPayments,
      @Value("${ardesk.benchmark.http-threads:20}") int httpThreads,
      @Value("${ardesk.benchmark.http-customers:20}") int httpCustomers,
      @Value("${ardesk.benchmark.mode:full}") String mode,
      @Value("${ardesk.benchmark.import-customers:10000}") int importCustomers,
      @Value("${ardesk.benchmark.import-payments:20000}") int importPayments,
      @Value("${ardesk.benchmark.import-warm-up-files:6}") int importWarmUpFiles,
      @Value("${ardesk.benchmark.dashboard-rounds:10}") int dashboardRounds, ApiTokens tokens,
      @Value("${ardesk.benchmark.rounds:2}") int rounds) {
    this.runner = runner;
    this.letters = letters;
    this.payments = payments;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.identity = identity;
    this.delivery = delivery;
    this.ledger = ledger;
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
    this.context = context;
    this.customers = customers;
    this.overdue = overdue;
    this.samples = samples;
    this.chunk = chunk;
    this.smtpPort = smtpPort;
    this.prefix = prefix;
    this.httpPayments = httpPayments;
    this.httpThreads = httpThreads;
    this.httpCustomers = httpCustomers;
    this.mode = mode.strip();
    this.importCustomers = importCustomers;
    this.importPayments = importPayments;
    this.importWarmUpFiles = importWarmUpFiles;
    this.dashboardRounds = dashboardRounds;
    this.tokens = tokens;
    this.rounds = rounds;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    LocalDate today = LocalDate.now(clock);
    String historyLevel = jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'",
        String.class);
    print("database %s, %,d customers, %,d with an overdue invoice (1–%d days), as of %s, history level %s (%s),"
        + " load average %s", database, customers, overdue, MAX_DAYS_PAST_DUE, today,
        context.getEnvironment().getProperty("camunda.bpm.history-level"), historyLevel, loadAverage());
    try (SmtpSink smtp = new SmtpSink(smtpPort); AutoAnalyze analyzer = AutoAnalyze.startIfNeeded(jdbc)) {
      boolean again = mode.equals("dashboard") && runningCases() > 0;
      if (again) {
        print("dashboard: %,d cases already running in this database, nothing loaded", runningCases());
      } else {
        load(today);
      }
      if (mode.equals("imports")) {
        // the imports with every case running (started, waiting for its evaluation), nothing else
        long start = System.nanoTime();
        RunProgress tally = runner.runToEnd(today, "benchmark");
        print("collections run: %.1f s, %,d cases started; %,d cases running", seconds(start), tally.casesStarted(),
            runningCases());
        measureImports(today);
        print("load average %s", loadAverage());
        SpringApplication.exit(context, () -> 0);
        return;
      }
      if (mode.equals("dashboard")) {
        // every case started and evaluated once (its look-again timer set), then the dashboard's calls
        if (!again) {
          long start = System.nanoTime();
          List<Long> pages = new ArrayList<>();
          RunProgress tally = runner.runToEnd(today, "benchmark", pages::add);
          print("collections run: %.1f s, %,d cases started, %,d pages of %s customers: page p50 %.0f ms, p95 %.0f ms,"
              + " longest %.0f ms (job lock time %s ms: a third is the goal)", seconds(start), tally.casesStarted(),
              pages.size(), context.getEnvironment().getProperty("ardesk.collections.run-page-size"),
              percentile(pages, 50), percentile(pages, 95), percentile(pages, 100),
              context.getEnvironment().getProperty("camunda.bpm.job-execution.lock-time-in-millis"));
          start = System.nanoTime();
          longestJob = 0;
          int jobs = executeDueJobs("collection-case");
          print("first evaluation: %.1f s, %,d jobs, longest job %.0f ms; %,d cases running", seconds(start), jobs,
              longestJob / 1e6, runningCases());
          jdbc.execute("analyze");
        }
        measureDashboard(today);
        print("load average %s", loadAverage());
        SpringApplication.exit(context, () -> 0);
        return;
      }
      if (mode.equals("payments")) {
        // payments over HTTP with every case running and evaluated once: API token against HTTP Basic
        long start = System.nanoTime();
        RunProgress tally = runner.runToEnd(today, "benchmark");
        int jobs = executeDueJobs("collection-case");
        print("collections run and first evaluation: %.1f s, %,d cases started, %,d evaluation jobs; %,d cases running",
            seconds(start), tally.casesStarted(), jobs, runningCases());
        measureTokensAgainstBasic(today);
        print("load average %s", loadAverage());
        SpringApplication.exit(context, () -> 0);
        return;
      }
      Map<String, Long> beforeCases = historyRows();
      measureCollections(today, smtp);
      settle("after the sequential payments");
      Map<String, Long> started = historyRows();
      int running = runningCases();
      printHistory("case started and first evaluation (plus the sequential payments' evaluations)", beforeCases,
          started, running, running);
      measureConcurrentPayments(today);
      Map<String, Long> afterPayments = historyRows();
      int reevaluated = measureReevaluation();
      Map<String, Long> afterDay = historyRows();
      printHistory("concurrent payments (their evaluations)", started, afterPayments, running, -1);
      printHistory("one re-evaluation of every running case", afterPayments, afterDay, running, reevaluated);
      double perCaseAndDay = printHistory("a day: payments on " + httpCustomers + " customers and one re-evaluation"
          + " of every case", started, afterDay, running, -1);
      printHistoryBound(perCaseAndDay);
      measureImports(today);
      print("load average %s", loadAverage());
      measureBareEngine();
    }
    print("load average %s", loadAverage());
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
    print("payment posted through PaymentService for a customer with a running case (the case is told after the"
        + " commit): p50 %.1f ms, p95 %.1f ms over %,d payments",
        percentile(latencies, 50), percentile(latencies, 95), samples);
  }

  /**
   * 200 payments (by default) posted at once over 20 customers with running cases, through the
   * application's HTTP API as an ERP or a bank feed would (HTTP Basic, a {@code finance} user made for
   * the run), from 20 threads; then every "look again" request delivered and every evaluation run, and
   * the cases compared with the ledger.
   */
  private void measureConcurrentPayments(LocalDate today) throws Exception {
    String user = "bench-finance-" + Long.toString(System.nanoTime(), 36);
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    // random, plus what Camunda's password policy wants (upper and lower case, a digit, a special character)
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "Aa1!";
    var financeUser = identity.newUser(user);
    financeUser.setFirstName("Benchmark");
    financeUser.setLastName("Finance");
    financeUser.setPassword(password);
    identity.saveUser(financeUser);
    identity.createMembership(user, "finance");
    String authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/payments");
    List<String> targets = new ArrayList<>();
    for (int k = 0; k < httpCustomers; k++) {
      targets.add(prefix + (long) k * overdue / httpCustomers);
    }
    long withCase = targets.stream().filter(no -> jdbc.queryForObject(
        "select count(*) from collection_case where open_customer_no = ?", Integer.class, no) > 0).count();
    ExecutorService pool = Executors.newFixedThreadPool(httpThreads);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
    // warm-up, not counted: the HTTP, security and JSON path once per thread, customers without a case
    List<Long> ignored = new ArrayList<>();
    for (int w = 0; w < httpThreads; w++) {
      post(http, uri, authorization, prefix + "HW" + w, prefix + (overdue + w), today, ignored);
    }
    // one at a time first: the service time of one payment over HTTP, without queueing
    List<Long> alone = new ArrayList<>();
    Map<Integer, Integer> aloneStatuses = new TreeMap<>();
    int sequential = Math.min(httpPayments, 100);
    Map<String, long[]> tablesBefore = tableStatistics();
    for (int n = 0; n < sequential; n++) {
      aloneStatuses.merge(post(http, uri, authorization, prefix + "HS" + n, targets.get(n % targets.size()), today,
          alone), 1, Integer::sum);
    }
    print("payments over HTTP one at a time: %,d payments for the same customers, HTTP status counts %s; latency"
        + " p50 %.1f ms, p95 %.1f ms", sequential, aloneStatuses, percentile(alone, 50), percentile(alone, 95));
    printTableStatistics("payment over HTTP (authentication, posting, look-again request, and its delivery:"
        + " CaseChanged correlated)", tablesBefore, tableStatistics(), sequential);
    settle("after the payments one at a time");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(httpThreads);
    ExecutorService senders = Executors.newFixedThreadPool(httpThreads);
    long start = System.nanoTime();
    for (int t = 0; t < httpThreads; t++) {
      senders.execute(() -> {
        try {
          int n;
          while ((n = next.getAndIncrement()) < httpPayments) {
            List<Long> mine = new ArrayList<>();
            int status = post(http, uri, authorization, prefix + "HP" + n, targets.get(n % targets.size()), today, mine);
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            latencies.addAll(mine);
          }
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    double postSeconds = seconds(start);
    senders.shutdown();
    pool.shutdown();
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.get()));
    int failures = counts.entrySet().stream().filter(e -> e.getKey() != 201).mapToInt(Map.Entry::getValue).sum();
    print("concurrent payments over HTTP: %,d payments for %d customers (%d with a running case) from %d threads"
            + " in %.1f s (%,.0f payments/s); HTTP status counts %s, %d failures; latency p50 %.1f ms, p95 %.1f ms,"
            + " max %.1f ms", httpPayments, targets.size(), withCase, httpThreads, postSeconds,
        httpPayments / postSeconds, counts, failures, percentile(new ArrayList<>(latencies), 50),
        percentile(new ArrayList<>(latencies), 95), percentile(new ArrayList<>(latencies), 100));
    settle("after the concurrent payments");
    checkConsistency(today, targets);
  }

  /** The figures of one series of payments over HTTP. */
  private record Series(String label, int payments, double seconds, Map<Integer, Integer> statuses, List<Long> latencies) {
    String line() {
      return String.format("%,d payments in %.1f s (%,.0f payments/s); HTTP status counts %s; latency p50 %.1f ms,"
          + " p95 %.1f ms, max %.1f ms", payments, seconds, payments / seconds, statuses, percentile(latencies, 50),
          percentile(latencies, 95), percentile(latencies, 100));
    }
  }

  /**
   * {@code POST /api/payments} with an API token against HTTP Basic (a {@code finance} user each) in the same
   * run, over {@code http-customers} (20) customers with a running case: per round 100 payments one at a time
   * with each (the order alternating between rounds), then {@code http-payments} (200) from
   * {@code http-threads} (20) threads with each; after each series every "look again" request is delivered
   * and its evaluation run. Then the cases are compared with the ledger.
   */
  private void measureTokensAgainstBasic(LocalDate today) throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    String user = "bench-basic-" + suffix;
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "Aa1!";
    var financeUser = identity.newUser(user);
    financeUser.setFirstName("Benchmark");
    financeUser.setLastName("Basic");
    financeUser.setPassword(password);
    identity.saveUser(financeUser);
    identity.createMembership(user, "finance");
    Map<String, String> authorizations = new java.util.LinkedHashMap<>();
    authorizations.put("basic", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    ApiTokens.Issued token = tokens.create(new ApiTokens.NewToken("benchmark ERP", "bench-token-" + suffix,
        List.of("finance"), false, clock.instant().plus(Duration.ofDays(1))), "benchmark");
    authorizations.put("token", "Bearer " + token.secret());

    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/payments");
    List<String> targets = new ArrayList<>();
    for (int k = 0; k < httpCustomers; k++) {
      targets.add(prefix + (long) k * overdue / httpCustomers);
    }
    ExecutorService pool = Executors.newFixedThreadPool(httpThreads);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
    // warm-up, not counted: 200 payments each, one at a time and from all threads, customers without a case
    for (var auth : authorizations.entrySet()) {
      List<Long> ignored = new ArrayList<>();
      for (int w = 0; w < 200; w++) {
        post(http, uri, auth.getValue(), prefix + "W" + auth.getKey() + w, prefix + (overdue + w % 50), today, ignored);
      }
      concurrent(http, uri, auth.getValue(), "warm-up", prefix + "WC" + auth.getKey(), List.of(prefix + (overdue + 60)),
          today);
    }
    settle("after the warm-up");
    Map<String, List<Series>> alone = new java.util.LinkedHashMap<>();
    Map<String, List<Series>> together = new java.util.LinkedHashMap<>();
    int sequential = Math.min(httpPayments, 100);
    for (int round = 1; round <= rounds; round++) {
      List<String> order = new ArrayList<>(authorizations.keySet());
      if (round % 2 == 0) {
        java.util.Collections.reverse(order);
      }
      for (String label : order) {
        List<Long> latencies = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, long[]> tablesBefore = tableStatistics();
        long start = System.nanoTime();
        for (int n = 0; n < sequential; n++) {
          statuses.merge(post(http, uri, authorizations.get(label), prefix + "S" + label + round + "-" + n,
              targets.get(n % targets.size()), today, latencies), 1, Integer::sum);
        }
        Series series = new Series(label, sequential, seconds(start), statuses, latencies);
        alone.computeIfAbsent(label, k -> new ArrayList<>()).add(series);
        print("round %d, %s, one at a time: %s", round, label, series.line());
        settle("after " + label + " one at a time");
        printTableStatistics("payment with " + label + " (its delivery and evaluation included; ACT_ID_*: identity"
            + " look-ups)", tablesBefore, tableStatistics(), sequential);
      }
      for (String label : order) {
        Series series = concurrent(http, uri, authorizations.get(label), label, prefix + "C" + label + round + "-",
            targets, today);
        together.computeIfAbsent(label, k -> new ArrayList<>()).add(series);
        print("round %d, %s, %d clients: %s", round, label, httpThreads, series.line());
        settle("after " + label + " from " + httpThreads + " clients");
      }
    }
    pool.shutdown();
    for (String label : authorizations.keySet()) {
      print("summary %s: one at a time p95 %s ms; %d clients %s payments/s, p95 %s ms", label,
          alone.get(label).stream().map(x -> String.format("%.1f", percentile(x.latencies(), 95))).toList(),
          httpThreads, together.get(label).stream().map(x -> String.format("%,.0f", x.payments() / x.seconds())).toList(),
          together.get(label).stream().map(x -> String.format("%.1f", percentile(x.latencies(), 95))).toList());
    }
    checkConsistency(today, targets);
  }

  /** {@code http-payments} payments from {@code http-threads} threads at once, spread over the customers. */
  private Series concurrent(HttpClient http, URI uri, String authorization, String label, String paymentPrefix,
      List<String> customers, LocalDate today) throws InterruptedException {
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(httpThreads);
    ExecutorService senders = Executors.newFixedThreadPool(httpThreads);
    long start = System.nanoTime();
    for (int t = 0; t < httpThreads; t++) {
      senders.execute(() -> {
        try {
          int n;
          while ((n = next.getAndIncrement()) < httpPayments) {
            List<Long> mine = new ArrayList<>();
            int status = post(http, uri, authorization, paymentPrefix + n, customers.get(n % customers.size()), today, mine);
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            latencies.addAll(mine);
          }
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    double seconds = seconds(start);
    senders.shutdown();
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((status, count) -> counts.put(status, count.get()));
    return new Series(label, httpPayments, seconds, counts, new ArrayList<>(latencies));
  }

  /**
   * The Receivables dashboard's calls over HTTP (HTTP Basic, a {@code supervisor} user made for the run),
   * as Cockpit's start page makes them: each once to warm up, then {@code dashboard-rounds} (10) times;
   * the median and the slowest, and the response size.
   */
  private void measureDashboard(LocalDate today) throws Exception {
    String user = "bench-supervisor-" + Long.toString(System.nanoTime(), 36);
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "Aa1!";
    var supervisor = identity.newUser(user);
    supervisor.setFirstName("Benchmark");
    supervisor.setLastName("Supervisor");
    supervisor.setPassword(password);
    identity.saveUser(supervisor);
    identity.createMembership(user, "supervisor");
    String authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LocalDate monthStart = today.withDayOfMonth(1);
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("aging by bucket (one currency)", "/api/reports/aging?asOf=" + today + "&currency=CNY");
    calls.put("KPIs of one month", "/api/reports/kpis?from=" + monthStart.minusMonths(1) + "&to="
        + monthStart.minusDays(1));
    calls.put("KPIs of this month (to today)", "/api/reports/kpis?from=" + monthStart + "&to=" + today);
    calls.put("case figures of the month", "/api/reports/case-figures");
    calls.put("complaints of the month", "/api/reports/complaints?from=" + monthStart + "&to=" + today);
    calls.put("cash-in forecast, 13 weeks", "/api/reports/cash-forecast?weeks=13&currency=CNY");
    calls.put("coming actions, 30 days", "/api/reports/coming-actions?days=30");
    calls.put("worklist by expected loss", "/api/collections/worklist");
    calls.put("customer overview (Tasklist tab)", "/api/customers/" + prefix + "0/overview");
    for (var call : calls.entrySet()) {
      URI uri = URI.create("http://127.0.0.1:" + port + call.getValue());
      List<Long> times = new ArrayList<>();
      long bytes = 0;
      for (int round = 0; round <= dashboardRounds; round++) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
            .header("Accept", "application/json").GET().build();
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - t;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(call.getValue() + " answered " + response.statusCode());
        }
        bytes = response.body().length;
        if (round > 0) {
          times.add(took);
        }
      }
      print("dashboard %s (%s): median %.1f ms, slowest %.1f ms over %d calls, %,d bytes", call.getKey(),
          call.getValue(), percentile(times, 50), percentile(times, 100), times.size(), bytes);
    }
  }

  /**
   * The CSV imports through the HTTP API with every case running: {@code import-customers} new
   * customers without a grade (each due for its first credit review) in one file, then
   * {@code import-payments} payments of 1.00 spread over the customers with a running case, in files of
   * {@code ardesk.ledger.import-chunk-size} rows; rows/s of each, and when the reviews had all started.
   * Before them {@code import-warm-up-files} files of each kind run the same code once the JIT compiler
   * has seen it (a server that has been up for a while); their figures are printed, not counted.
   */
  private void measureImports(LocalDate today) throws Exception {
    String user = "bench-import-" + Long.toString(System.nanoTime(), 36);
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "-Aa1";
    var account = identity.newUser(user);
    account.setFirstName("Benchmark");
    account.setLastName("Import");
    account.setPassword(password);
    identity.saveUser(account);
    identity.createMembership(user, "finance");
    identity.createMembership(user, "credit");
    var importer = new Importer(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        ((WebServerApplicationContext) context).getWebServer().getPort(), "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    int running = runningCases();
    List<String> withCase = jdbc.queryForList("select open_customer_no from collection_case"
        + " where open_customer_no is not null order by open_customer_no", String.class);

    if (importWarmUpFiles > 0) {
      var warmCustomers = new ArrayList<String>();
      for (int f = 0; f < importWarmUpFiles; f++) {
        long reviewsBefore = reviewsStarted();
        double seconds = importer.customers("IMPW" + f + "-", chunk);
        waitForReviews(reviewsBefore, chunk);
        warmCustomers.add(String.format("%,.0f", chunk / seconds));
      }
      List<double[]> warmPayments = importer.payments("IMPWPAY", importWarmUpFiles * chunk, withCase, today);
      print("warm-up, not counted: %d customer files of %,d rows (%s rows/s), %d payment files (%s rows/s)",
          importWarmUpFiles, chunk, String.join(", ", warmCustomers), importWarmUpFiles, rates(warmPayments));
    }

    long reviewsBefore = reviewsStarted();
    double customerSeconds = importer.customers("IMP", importCustomers);
    long customersDone = System.nanoTime();
    print("customers CSV over HTTP with %,d cases running: %,d rows in one file, %.2f s: %,.0f rows/s (HTTP %d)",
        running, importCustomers, customerSeconds, importCustomers / customerSeconds, importer.status);
    // the reviews start on a thread of their own after the commit; the payments are measured after them
    long reviews = waitForReviews(reviewsBefore, importCustomers);
    print("first credit reviews of the imported customers started after the import's commit: %,d after %.1f s"
        + " (waited at most 300 s)", reviews, seconds(customersDone));

    int changesBefore = jdbc.queryForObject("select count(*) from collection_case_change", Integer.class);
    List<double[]> perFile = importer.payments("IMPPAY", importPayments, withCase, today);
    double paymentSeconds = perFile.stream().mapToDouble(file -> file[1]).sum();
    int rows = (int) perFile.stream().mapToDouble(file -> file[0]).sum();
    int changes = jdbc.queryForObject("select count(*) from collection_case_change", Integer.class) - changesBefore;
    print("payments CSV over HTTP for customers with running cases (%,d customers): %,d rows in %d files, %.2f s:"
        + " %,.0f rows/s (HTTP %d; file by file %s rows/s); %,d \"look again\" requests written (one per customer"
        + " and file)", Math.min(withCase.size(), importPayments), rows, perFile.size(), paymentSeconds,
        rows / paymentSeconds, importer.status, rates(perFile), changes);
    rawInsertBaseline(today, withCase, customerSeconds, paymentSeconds, rows);
  }

  /** Rows per second of each file ({rows, seconds}). */
  private static String rates(List<double[]> files) {
    return files.stream().map(file -> String.format("%,.0f", file[0] / file[1]))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private long reviewsStarted() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("customer-credit-review").count();
  }

  /** Waits (at most 300 s) until {@code expected} reviews more than {@code before} have started; answers how many. */
  private long waitForReviews(long before, int expected) throws InterruptedException {
    long start = System.nanoTime();
    long reviews = 0;
    while (seconds(start) < 300) {
      reviews = reviewsStarted() - before;
      if (reviews >= expected) {
        break;
      }
      Thread.sleep(200);
    }
    return reviews;
  }

  /** Posts CSV files to the import API as one user; remembers the last HTTP status. */
  private final class Importer {
    private final HttpClient http;
    private final int port;
    private final String authorization;
    private int status;

    Importer(HttpClient http, int port, String authorization) {
      this.http = http;
      this.port = port;
      this.authorization = authorization;
    }

    /** {@code count} new customers without a grade in one file; answers the seconds the request took. */
    double customers(String tag, int count) throws Exception {
      StringBuilder csv = new StringBuilder("customer_no,name,email,salesperson\n");
      for (int i = 0; i < count; i++) {
        csv.append(prefix).append(tag).append(i).append(",Imported Customer ").append(i)
            .append(",ap").append(i).append("@imported.example,lily\n");
      }
      long start = System.nanoTime();
      status = postCsv(http, port, "/api/imports/customers", authorization, csv.toString());
      return seconds(start);
    }

    /**
     * {@code count} payments of 1.00 over the customers with a case, in files of the chunk size (the
     * cases are told after each commit by the delivery thread, as in production); answers the rows and
     * seconds of each file.
     */
    List<double[]> payments(String tag, int count, List<String> withCase, LocalDate today) throws Exception {
      List<double[]> perFile = new ArrayList<>();
      int rows = 0;
      while (rows < count) {
        StringBuilder csv = new StringBuilder("payment_no,customer_no,payment_date,amount\n");
        int inFile = Math.min(chunk, count - rows);
        for (int k = 0; k < inFile; k++, rows++) {
          csv.append(prefix).append(tag).append(rows).append(',')
              .append(withCase.get(rows % withCase.size())).append(',').append(today).append(",1.00\n");
        }
        long start = System.nanoTime();
        status = postCsv(http, port, "/api/imports/payments", authorization, csv.toString());
        perFile.add(new double[] {inFile, seconds(start)});
        if (status != 200 && status != 201) {
          print("payments import answered HTTP %d", status);
          break;
        }
      }
      return perFile;
    }
  }

  /**
   * The floor the imports are measured against, in the same run: as many customer and payment rows
   * written with plain JDBC batches of 1,000 in one transaction each (no checks, history, allocation or
   * events), then deleted again.
   */
  private void rawInsertBaseline(LocalDate today, List<String> withCase, double customerSeconds,
      double paymentSeconds, int paymentCount) {
    java.sql.Timestamp now = java.sql.Timestamp.valueOf(LocalDateTime.now(clock));
    List<Object[]> customerRows = new ArrayList<>();
    for (int i = 0; i < importCustomers; i++) {
      customerRows.add(new Object[] {prefix + "RAW" + i, "Raw Customer " + i, "ap" + i + "@raw.example", now});
    }
    var transactions = new org.springframework.transaction.support.TransactionTemplate(
        new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
    long start = System.nanoTime();
    transactions.executeWithoutResult(status -> jdbc.batchUpdate("insert into customer (customer_no, name, email,"
        + " currency, settlement_method, payment_terms_days, credit_limit, key_account, standing, status, created_at,"
        + " created_by, version) values (?, ?, ?, 'CNY', 'CREDIT', 30, 0, false, 'ACTIVE', 'ACTIVE', ?, 'raw', 0)",
        customerRows));
    double rawCustomers = seconds(start);
    Map<String, Long> ids = new java.util.HashMap<>();
    jdbc.query("select c.customer_no, c.id from customer c join collection_case k on k.open_customer_no = c.customer_no",
        (java.sql.ResultSet rs) -> {
          ids.put(rs.getString(1), rs.getLong(2));
        });
    List<Object[]> paymentRows = new ArrayList<>();
    for (int r = 0; r < paymentCount; r++) {
      paymentRows.add(new Object[] {prefix + "RAWPAY" + r, ids.get(withCase.get(r % withCase.size())),
          java.sql.Date.valueOf(today), now});
    }
    start = System.nanoTime();
    transactions.executeWithoutResult(status -> jdbc.batchUpdate("insert into credit_document (document_no, kind,"
        + " customer_id, document_date, amount, currency, method, unapplied_amount, created_at, created_by, version)"
        + " values (?, 'PAYMENT', ?, ?, 1.00, 'CNY', 'TRANSFER', 1.00, ?, 'raw', 0)", paymentRows));
    double rawPayments = seconds(start);
    jdbc.update("delete from credit_document where document_no like ?", prefix + "RAWPAY%");
    jdbc.update("delete from customer where customer_no like ?", prefix + "RAW%");
    print("raw-insert baseline, same run: customers %,.0f rows/s (import through the API at %.0f %%), payments"
        + " %,.0f rows/s (import at %.0f %%)", importCustomers / rawCustomers,
        100 * rawCustomers / customerSeconds, paymentCount / rawPayments, 100 * rawPayments / paymentSeconds);
  }

  private static int postCsv(HttpClient http, int port, String path, String authorization, String csv)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", authorization).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      log.warn("{} answered {}: {}", path, response.statusCode(),
          response.body().substring(0, Math.min(500, response.body().length())));
    }
    return response.statusCode();
  }

  private int post(HttpClient http, URI uri, String authorization, String paymentNo, String customerNo,
      LocalDate today, List<Long> latencies) {
    String body = "{\"paymentNo\":\"" + paymentNo + "\",\"customerNo\":\"" + customerNo + "\",\"paymentDate\":\""
        + today + "\",\"amount\":1.00,\"method\":\"TRANSFER\"}";
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long t = System.nanoTime();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      latencies.add(System.nanoTime() - t);
      return status;
    } catch (Exception e) {
      latencies.add(System.nanoTime() - t);
      log.warn("payment {} not sent: {}", paymentNo, e.toString());
      return -1;
    }
  }

  /**
   * Waits until every "look again" request is delivered (by the application's delivery thread and
   * poll) and runs every evaluation job that follows, as one job executor thread would.
   */
  private void settle(String when) throws InterruptedException {
    long start = System.nanoTime();
    int jobs = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      int executed = executeDueJobs("collection-case");
      jobs += executed;
      int waiting = jdbc.queryForObject("select count(*) from collection_case_change", Integer.class);
      if (executed == 0 && waiting == 0) {
        break;
      }
      if (executed == 0) {
        Thread.sleep(50);
      }
    }
    int waiting = jdbc.queryForObject("select count(*) from collection_case_change", Integer.class);
    print("settled %s: %,d evaluation jobs run, %,d change requests left, in %.1f s", when, jobs, waiting,
        seconds(start));
  }

  /** Every open case's overdue amount against the ledger's, and the engine's incidents. */
  private void checkConsistency(LocalDate today, List<String> paid) {
    long start = System.nanoTime();
    List<Map<String, Object>> open = jdbc.queryForList(
        "select customer_no, overdue_amount from collection_case where open_customer_no is not null");
    int differ = 0;
    List<String> examples = new ArrayList<>();
    for (Map<String, Object> row : open) {
      String customerNo = (String) row.get("customer_no");
      BigDecimal ledgerAmount = ledger.overdueItems(customerNo, today).stream().map(OverdueItem::openAmount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (ledgerAmount.compareTo((BigDecimal) row.get("overdue_amount")) != 0) {
        differ++;
        if (examples.size() < 5) {
          examples.add(customerNo + " case " + row.get("overdue_amount") + " ledger " + ledgerAmount);
        }
      }
    }
    int paidConsistent = 0;
    for (String customerNo : paid) {
      BigDecimal ledgerAmount = ledger.overdueItems(customerNo, today).stream().map(OverdueItem::openAmount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      List<BigDecimal> caseAmount = jdbc.queryForList(
          "select overdue_amount from collection_case where open_customer_no = ?", BigDecimal.class, customerNo);
      Object variable = runtime.createProcessInstanceQuery().processDefinitionKey("collection-case")
          .processInstanceBusinessKey(customerNo).active().list().stream().findFirst()
          .map(p -> runtime.getVariable(p.getId(), "overdueAmount")).orElse(null);
      if (caseAmount.size() == 1 && caseAmount.get(0).compareTo(ledgerAmount) == 0 && variable != null
          && variable.toString().startsWith(money(ledgerAmount) + " ")) {
        paidConsistent++;
      }
    }
    long incidents = runtime.createIncidentQuery().count();
    long failedJobs = management.createJobQuery().withException().count();
    long waitingJobs = management.createJobQuery().processDefinitionKey("collection-case").executable().count();
    print("cases consistent: %,d of %,d open cases show the ledger's overdue amount (%d differ%s); the %d paid"
            + " customers: %d with case row and task variable equal to the ledger; incidents %d, jobs with an"
            + " exception %d, evaluation jobs waiting %d (checked in %.1f s)", open.size() - differ, open.size(),
        differ, examples.isEmpty() ? "" : ": " + examples, paid.size(), paidConsistent, incidents, failedJobs,
        waitingJobs, seconds(start));
  }

  /**
   * Case evaluation throughput: every running case told {@code CaseChanged} (as a ledger change would),
   * then every evaluation job run job by job as one job executor thread would. Answers the jobs run.
   */
  private int measureReevaluation() throws InterruptedException {
    List<String> waiting = jdbc.queryForList("select s.proc_inst_id_ from act_ru_event_subscr s"
        + " join act_ru_execution e on e.id_ = s.execution_id_ where s.event_name_ = 'CaseChanged'", String.class);
    Map<String, long[]> tablesBefore = tableStatistics();
    long start = System.nanoTime();
    for (String processInstanceId : waiting) {
      runtime.createMessageCorrelation("CaseChanged").processInstanceId(processInstanceId).correlate();
    }
    double correlateSeconds = seconds(start);
    Map<String, long[]> tablesCorrelated = tableStatistics();
    start = System.nanoTime();
    int jobs = executeDueJobs("collection-case");
    double evaluateSeconds = seconds(start);
    lastEvaluationJobsPerSecond = jobs / evaluateSeconds;
    print("re-evaluation of every running case: CaseChanged correlated to %,d cases in %.1f s (%,.0f/s);"
            + " %,d evaluation jobs in %.1f s: %,.1f jobs/s", waiting.size(), correlateSeconds,
        waiting.size() / correlateSeconds, jobs, evaluateSeconds, lastEvaluationJobsPerSecond);
    printTableStatistics("evaluation, CaseChanged correlated", tablesBefore, tablesCorrelated, waiting.size());
    printTableStatistics("evaluation, evaluation job", tablesCorrelated, tableStatistics(), jobs);
    settle("after the re-evaluation");
    return jobs;
  }

  private double lastEvaluationJobsPerSecond;

  /**
   * PostgreSQL keeps its planner statistics current by autovacuum's autoanalyze. Where autovacuum is
   * off (this machine's shared server), the engine's tables keep the statistics of the empty tables
   * analyzed after loading and every query plans as if they held no rows; so the benchmark does what
   * autoanalyze would: once a minute it analyzes every table changed by more than 50 rows + 10 %.
   */
  static final class AutoAnalyze implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer;

    private AutoAnalyze(java.util.concurrent.ScheduledExecutorService timer) {
      this.timer = timer;
    }

    static AutoAnalyze startIfNeeded(JdbcTemplate jdbc) {
      String autovacuum;
      try {
        autovacuum = jdbc.queryForObject("show autovacuum", String.class);
      } catch (Exception e) {
        return new AutoAnalyze(null); // not PostgreSQL
      }
      if (!"off".equalsIgnoreCase(autovacuum)) {
        return new AutoAnalyze(null);
      }
      print("PostgreSQL runs with autovacuum off: the benchmark analyzes changed tables once a minute as autoanalyze"
          + " would (threshold 50 rows + 10 %%)");
      var timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "benchmark-autoanalyze");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleWithFixedDelay(() -> analyzeChanged(jdbc), 60, 60, TimeUnit.SECONDS);
      return new AutoAnalyze(timer);
    }

    static void analyzeChanged(JdbcTemplate jdbc) {
      try {
        for (String table : jdbc.queryForList("select s.relname from pg_stat_user_tables s join pg_class c"
            + " on c.oid = s.relid where s.schemaname = current_schema()"
            + " and s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)", String.class)) {
          jdbc.execute("analyze " + table);
        }
      } catch (Exception e) {
        log.warn("analyze failed: {}", e.toString());
      }
    }

    @Override
    public void close() {
      if (timer != null) {
        timer.shutdownNow();
      }
    }
  }

  /**
   * PostgreSQL's own per-table counters (pg_stat_user_tables): index and sequential scans, rows
   * inserted, updated and deleted; a profile of what one evaluation does to the database without a
   * statement-counting proxy. Empty on other databases.
   */
  private Map<String, long[]> tableStatistics() {
    Map<String, long[]> stats = new TreeMap<>();
    try {
      Thread.sleep(1200); // backends report their counters within a second of a transaction's end
      jdbc.execute("select pg_stat_clear_snapshot()");
      jdbc.query("select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans, n_tup_ins, n_tup_upd,"
          + " n_tup_del from pg_stat_user_tables where schemaname = current_schema()", rs -> {
            stats.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT),
                new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
          });
    } catch (Exception e) {
      stats.clear();
    }
    return stats;
  }

  private void printTableStatistics(String what, Map<String, long[]> before, Map<String, long[]> after,
      int evaluations) {
    // n = evaluations or payments: the work is divided by it
    if (after.isEmpty() || evaluations == 0) {
      return;
    }
    long[] totals = new long[4];
    List<String> tables = new ArrayList<>();
    after.forEach((table, now) -> {
      long[] was = before.getOrDefault(table, new long[4]);
      long[] d = new long[4];
      for (int k = 0; k < 4; k++) {
        d[k] = now[k] - was[k];
        totals[k] += d[k];
      }
      if (d[0] + d[1] + d[2] + d[3] > 0) {
        tables.add(String.format("%s %.1f/%.1f/%.1f/%.1f", table, (double) d[0] / evaluations,
            (double) d[1] / evaluations, (double) d[2] / evaluations, (double) d[3] / evaluations));
      }
    });
    print("database work per %s: %.1f table scans, %.1f rows inserted, %.1f updated, %.1f deleted;"
            + " by table (scans/inserted/updated/deleted) %s", what, (double) totals[0] / evaluations,
        (double) totals[1] / evaluations, (double) totals[2] / evaluations, (double) totals[3] / evaluations, tables);
  }

  private int runningCases() {
    return jdbc.queryForObject("select count(*) from collection_case where open_customer_no is not null",
        Integer.class);
  }

  /** Rows in every ACT_HI_* table (the engine's history), and the history byte arrays. */
  private Map<String, Long> historyRows() {
    Map<String, Long> rows = new TreeMap<>();
    List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
        + " where upper(table_name) like 'ACT\\_HI\\_%' and table_schema = current_schema()", String.class);
    for (String table : tables) {
      rows.put(table.toUpperCase(java.util.Locale.ROOT), jdbc.queryForObject("select count(*) from " + table,
          Long.class));
    }
    rows.put("ACT_GE_BYTEARRAY (history)", jdbc.queryForObject(
        "select count(*) from act_ge_bytearray where type_ = 3", Long.class));
    return rows;
  }

  /**
   * History rows per case per day, and what stays of them: with removal time from the start
   * (historyRemovalTimeStrategy start) a case keeps at most its time to live's worth of days.
   */
  private void printHistoryBound(double perCaseAndDay) {
    Integer ttl = jdbc.queryForObject("select max(history_ttl_) from act_re_procdef where key_ = 'collection-case'",
        Integer.class);
    String strategy = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) context
        .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
        .getHistoryRemovalTimeStrategy();
    print("history rows per case per day: %.1f (history level %s, removal time strategy %s); kept per case at most:"
        + " %s", perCaseAndDay, context.getEnvironment().getProperty("camunda.bpm.history-level"), strategy,
        "start".equals(strategy) && ttl != null
            ? String.format("%,.0f rows (%d days' time to live from the case's start × %.1f)", ttl * perCaseAndDay, ttl,
                perCaseAndDay)
            : "unbounded while the case runs (removal time at its end)");
  }

  private double printHistory(String what, Map<String, Long> before, Map<String, Long> after, int cases,
      int evaluations) {
    Map<String, Long> delta = new LinkedHashMap<>();
    long total = 0;
    for (var entry : after.entrySet()) {
      long d = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (d != 0) {
        delta.put(entry.getKey(), d);
        total += d;
      }
    }
    StringBuilder line = new StringBuilder(String.format("history rows written, %s: %,d in all for %,d running"
        + " cases: %.1f per case", what, total, cases, (double) total / Math.max(1, cases)));
    if (evaluations > 0) {
      double perEvaluation = (double) total / evaluations;
      line.append(String.format(", %.1f per evaluation (%,d evaluations); a case evaluated every day for two"
          + " years: %,.0f rows", perEvaluation, evaluations, perEvaluation * 730));
    }
    line.append("; by table ").append(delta);
    print("%s", line);
    return (double) total / Math.max(1, cases);
  }

  private static String money(BigDecimal amount) {
    return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
        .format(amount);
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
          + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[1] + " "
          + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[2];
    } catch (Exception e) {
      return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          .getSystemLoadAverage());
    }
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
    print("case evaluation throughput against the bare engine's timers: %.1f jobs/s / %.0f timers/s = %.2f×",
        lastEvaluationJobsPerSecond, fired / timerSeconds, lastEvaluationJobsPerSecond / (fired / timerSeconds));
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
        try {
          long t = System.nanoTime();
          management.executeJob(job.getId());
          longestJob = Math.max(longestJob, System.nanoTime() - t);
        } catch (RuntimeException e) {
          // a conflict with the delivery thread: the job stays and runs again
          log.warn("job {} failed: {}", job.getId(), e.toString());
        }
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
