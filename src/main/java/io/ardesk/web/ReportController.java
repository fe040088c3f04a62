package io.ardesk.web;

import io.ardesk.ledger.report.AgingReport;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.CostOfLateness;
import io.ardesk.ledger.report.CustomerAging;
import io.ardesk.ledger.report.ExpectedRecovery;
import io.ardesk.ledger.report.KpiService;
import io.ardesk.ledger.report.Kpis;
import io.ardesk.ledger.report.PaymentRecord;
import io.ardesk.ledger.report.PaymentRecordService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Aging, payment record, KPIs, expected recovery and cost of lateness (docs/domain.md §5). */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize(Roles.READ)
public class ReportController {
  private final AgingService aging;
  private final PaymentRecordService paymentRecords;
  private final KpiService kpis;
  private final Clock clock;

  ReportController(AgingService aging, PaymentRecordService paymentRecords, KpiService kpis, Clock clock) {
    this.aging = aging;
    this.paymentRecords = paymentRecords;
    this.kpis = kpis;
    this.clock = clock;
  }

  @GetMapping(path = "/aging", produces = "application/json")
  @Operation(summary = "Aging as of a date (past dates included): documents dated on or before it, payments "
      + "dated on or before it; per customer and in total. Without asOf: today in AR Desk's time zone "
      + "(ardesk.zone), which the report names in asOf. Accept: text/csv gives the same as CSV.")
  public AgingReport aging(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String currency, @RequestParam(required = false) String customerNo) {
    return aging.aging(asOf == null ? LocalDate.now(clock) : asOf, currency, customerNo);
  }

  @GetMapping(path = "/aging", produces = "text/csv")
  public void agingCsv(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String currency, @RequestParam(required = false) String customerNo,
      HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"aging-" + asOf + ".csv\"");
    PrintWriter out = response.getWriter();
    List<String> buckets = aging.buckets().names();
    out.print("customer_no,name,open," + String.join(",", buckets)
        + ",max_days_past_due,weighted_average_days_past_due,credit_limit\r\n");
    aging.forEachCustomer(asOf, currency, customerNo, line -> out.print(csvLine(line, buckets)));
    out.flush();
  }

  @GetMapping("/payment-record")
  @Operation(summary = "Payment record (帳齡記錄表): allocations by how late they were paid, weighted average "
      + "days late, and the delinquency record")
  public PaymentRecord paymentRecord(@RequestParam String customerNo) {
    return paymentRecords.paymentRecord(customerNo);
  }

  @GetMapping("/kpis")
  @Operation(summary = "DSO, best-possible DSO, ADD and CEI for a period. Credit sales are those of the whole "
      + "period from..to (not per month); beginning AR is the aging of the day before 'from'.")
  public Kpis kpis(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, @RequestParam(required = false) String currency) {
    return kpis.kpis(from, to, currency);
  }

  @GetMapping("/expected-recovery")
  @Operation(summary = "Expected recovery per bucket from the collection-probability curve (linear interpolation)")
  public ExpectedRecovery expectedRecovery(
      @Parameter(description = "default today") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String currency) {
    return aging.expectedRecovery(asOf == null ? LocalDate.now(clock) : asOf, currency);
  }

  @GetMapping("/cost-of-lateness")
  @Operation(summary = "Per customer: interest cost of the overdue balance and the new sales a loss would need")
  public List<CostOfLateness> costOfLateness(
      @Parameter(description = "default today") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String currency, @RequestParam(required = false) String customerNo) {
    return aging.costOfLateness(asOf == null ? LocalDate.now(clock) : asOf, currency, customerNo);
  }

  private static String csvLine(CustomerAging line, List<String> buckets) {
    var sb = new StringBuilder();
    sb.append(CsvCells.text(line.customerNo())).append(',').append(CsvCells.text(line.name())).append(',')
        .append(CsvCells.number(line.open()));
    Map<String, BigDecimal> byBucket = line.byBucket();
    for (String bucket : buckets) {
      sb.append(',').append(CsvCells.number(byBucket.get(bucket)));
    }
    sb.append(',').append(CsvCells.number(line.maxDaysPastDue()))
        .append(',').append(CsvCells.number(line.weightedAverageDaysPastDue()))
        .append(',').append(CsvCells.number(line.creditLimit())).append("\r\n");
    return sb.toString();
  }
}
