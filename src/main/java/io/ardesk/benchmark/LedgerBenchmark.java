package io.ardesk.benchmark;

import io.ardesk.ledger.importing.ImportService;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.AgingTotal;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
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
 * Loads customers, invoices and payments through the CSV import path in chunks (one transaction
 * per chunk, never the whole data set in memory), then times the aging: portfolio, all customers,
 * one customer, and the same portfolio aggregation as a hand-written SQL GROUP BY. Prints the
 * figures and peak heap, then stops the application. See docs/benchmarks.md.
 */
@Component
@Profile("benchmark")
class LedgerBenchmark implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(LedgerBenchmark.class);
  private static final LocalDate FIRST_ISSUE = LocalDate.of(2023, 1, 1);
  private static final long ANALYZE_FROM = 10_000;
  private static final String RAW_SQL = """
      select bucket, sum(open_amount) from (
        select case when dpd <= 0 then 0 when dpd <= 30 then 1 when dpd <= 60 then 2 when dpd <= 90 then 3
                    when dpd <= 180 then 4 when dpd <= 365 then 5 else 6 end as bucket, open_amount
          from (select cast(cast(? as date) - i.due_date as integer) as dpd, i.amount - coalesce(a.paid, 0) as open_amount
                  from invoice i
                  left join (select invoice_id, sum(amount) as paid from allocation
                              where allocated_on <= ? group by invoice_id) a on a.invoice_id = i.id
                 where i.issue_date <= ? and i.currency = ?) x
         where open_amount > 0) y
      group by bucket order by bucket
      """;

  private final ImportService imports;
  private final AgingService aging;
  private final JdbcTemplate jdbc;
  private final ConfigurableApplicationContext context;
  private final int customers;
  private final int invoicesPerCustomer;
  private final int chunk;
  private final String prefix;
  private final LocalDate asOf;
  private final boolean load;
  private final boolean reviewImportedCustomers;
  private final boolean analyze;

  LedgerBenchmark(ImportService imports, AgingService aging, DataSource dataSource,
      ConfigurableApplicationContext context,
      @Value("${ardesk.benchmark.customers:100000}") int customers,
      @Value("${ardesk.benchmark.invoices-per-customer:10}") int invoicesPerCustomer,
      @Value("${ardesk.ledger.import-chunk-size:2000}") int chunk,
      @Value("${ardesk.benchmark.prefix:BM}") String prefix,
      @Value("${ardesk.benchmark.as-of:2024-12-31}") LocalDate asOf,
      @Value("${ardesk.benchmark.load:true}") boolean load,
      @Value("${ardesk.credit.review-imported-customers:true}") boolean reviewImportedCustomers,
      @Value("${ardesk.benchmark.analyze:true}") boolean analyze) {
    this.imports = imports;
    this.aging = aging;
    this.jdbc = new JdbcTemplate(dataSource);
    this.context = context;
    this.customers = customers;
    this.invoicesPerCustomer = invoicesPerCustomer;
    this.chunk = chunk;
    this.prefix = prefix;
    this.asOf = asOf;
    this.load = load;
    this.reviewImportedCustomers = reviewImportedCustomers;
    this.analyze = analyze;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    print("database %s, %,d customers × %d invoices, chunks of %,d rows, as of %s", database, customers,
        invoicesPerCustomer, chunk, asOf);
    if (load) {
      loadAll();
    }
    timeAging();
    print("peak heap: %,d MB (max heap %,d MB)", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    SpringApplication.exit(context, () -> 0);
  }

  private void loadAll() {
    load("customers", customers, "customer_no,name,payment_terms_days\n",
        i -> prefix + i + ",Customer " + i + ",30\n", true);
    if (reviewImportedCustomers) {
      print("credit reviews of imported customers on: %,d customer-credit-review instances wait as jobs "
          + "(job executor off here)", jdbc.queryForObject(
              "select count(*) from act_ru_job where process_def_key_ = 'customer-credit-review'", Long.class));
    } else {
      print("credit reviews of imported customers OFF (ardesk.credit.review-imported-customers=false)");
    }
    load("invoices", customers * invoicesPerCustomer, "invoice_no,customer_no,issue_date,amount,due_date\n",
        this::invoiceRow, false);
    long[] paymentRows = {0};
    load("payments", customers * invoicesPerCustomer, "payment_no,customer_no,payment_date,amount,invoice_no\n",
        i -> paymentRow(i, paymentRows), false);
    jdbc.execute("analyze");
  }

  private void timeAging() {
    String currency = "CNY";
    AgingTotal[] total = new AgingTotal[1];
    long portfolio = best(3, () -> total[0] = aging.portfolio(asOf, currency));
    print("portfolio aging: %d ms, open %s, by bucket %s, wadpd %s", portfolio, total[0].open(),
        total[0].byBucket(), total[0].weightedAverageDaysPastDue());
    BigDecimal[] raw = new BigDecimal[1];
    long rawSql = best(3, () -> raw[0] = jdbc.query(RAW_SQL, rs -> {
      BigDecimal sum = BigDecimal.ZERO;
      while (rs.next()) {
        sum = sum.add(rs.getBigDecimal(2));
      }
      return sum;
    }, asOf, asOf, asOf, currency));
    print("raw SQL GROUP BY: %d ms, open %s (portfolio/raw = %.2f)", rawSql, raw[0],
        rawSql == 0 ? 0.0 : (double) portfolio / rawSql);
    AtomicLong lines = new AtomicLong();
    long all = best(2, () -> {
      lines.set(0);
      aging.forEachCustomer(asOf, currency, null, line -> lines.incrementAndGet());
    });
    print("aging of all customers: %d ms, %,d customer lines", all, lines.get());
    Random random = new Random(7);
    int samples = 200;
    long start = System.nanoTime();
    for (int s = 0; s < samples; s++) {
      aging.aging(asOf, currency, prefix + random.nextInt(customers));
    }
    print("aging of one customer: %.2f ms on average over %d customers",
        (System.nanoTime() - start) / 1e6 / samples, samples);
  }

  private void load(String what, long rows, String header, Function<Long, String> row, boolean always) {
    long start = System.nanoTime();
    long imported = 0;
    long analyzedAt = 0;
    long analyzing = 0;
    int analyses = 0;
    var csv = new StringBuilder(header);
    int inChunk = 0;
    for (long i = 0; i < rows; i++) {
      String line = row.apply(i);
      if (line.isEmpty()) {
        continue;
      }
      csv.append(line);
      if (++inChunk == chunk) {
        imported += flush(what, csv);
        csv.setLength(0);
        csv.append(header);
        inChunk = 0;
        if (analyze && imported >= Math.max(ANALYZE_FROM, analyzedAt * 3 / 2)) {
          analyzing += analyze();
          analyses++;
          analyzedAt = imported;
        }
      }
    }
    if (inChunk > 0) {
      imported += flush(what, csv);
    }
    double seconds = (System.nanoTime() - start - analyzing) / 1e9;
    print("imported %,d %s in %.1f s: %,.0f rows/s%s", imported, what, seconds, imported / seconds,
        analyses == 0 ? "" : String.format(" (not counted: %d ANALYZE runs, %.1f s)", analyses, analyzing / 1e9));
  }

  /**
   * ANALYZE, as autovacuum would run it on a growing table (it is off on the shared PostgreSQL
   * here): whenever a step's rows have grown by half, from 10,000 on. Without fresh statistics
   * PostgreSQL keeps the plan a look-up got while its table was nearly empty, a sequential scan,
   * for as long as the connection lives. Returns the nanoseconds.
   */
  private long analyze() {
    long start = System.nanoTime();
    jdbc.execute("analyze");
    return System.nanoTime() - start;
  }

  private int flush(String what, StringBuilder csv) {
    var reader = new StringReader(csv.toString());
    var result = switch (what) {
      case "customers" -> imports.importCustomers(reader, "benchmark");
      case "invoices" -> imports.importInvoices(reader, "benchmark");
      default -> imports.importPayments(reader, "benchmark");
    };
    return result.created() + result.unchanged();
  }

  /** Invoice k of customer c, issued on a day of 2023-2024 fixed by the numbers alone. */
  private String invoiceRow(long i) {
    long c = i / invoicesPerCustomer;
    Random r = new Random(i * 31 + 17);
    LocalDate issued = FIRST_ISSUE.plusDays(r.nextInt(730));
    return prefix + "I" + i + "," + prefix + c + "," + issued + "," + amount(r) + "," + issued.plusDays(30) + "\n";
  }

  /** 70 % of invoices are paid, from 20 days early to 90 days late; a tenth of those in part. */
  private String paymentRow(long i, long[] count) {
    long c = i / invoicesPerCustomer;
    Random r = new Random(i * 31 + 17);
    LocalDate issued = FIRST_ISSUE.plusDays(r.nextInt(730));
    BigDecimal amount = amount(r);
    if (r.nextInt(10) >= 7) {
      return "";
    }
    LocalDate paid = issued.plusDays(30 - 20 + r.nextInt(110));
    if (r.nextInt(10) == 0) {
      amount = amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
    }
    count[0]++;
    return prefix + "P" + i + "," + prefix + c + "," + paid + "," + amount + "," + prefix + "I" + i + "\n";
  }

  private static BigDecimal amount(Random r) {
    return BigDecimal.valueOf(10_000 + r.nextInt(990_000), 2);
  }

  private static long best(int runs, Runnable task) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.run();
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void print(String format, Object... args) {
    String line = String.format(format, args);
    log.info(line);
    System.out.println("[benchmark] " + line);
  }
}
