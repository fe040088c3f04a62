package io.ardesk.complaints;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report of a complaint's process and result that the supervisor reviews in step 11. */
public final class CaseReport {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CaseReport() {}

  public static String of(Complaint c) {
    StringBuilder report = new StringBuilder();
    report.append("Complaint ").append(c.getComplaintNo()).append(" of ").append(c.getCustomerName())
        .append(" (").append(c.getCustomerNo()).append("), ").append(c.getCategory().label()).append('\n');
    report.append("Received ").append(TIME.format(c.getReceivedAt())).append(" by ").append(c.getReceivedBy())
        .append(" via ").append(c.getSource()).append('\n');
    report.append("First response: ").append(c.getFirstRespondedAt() == null ? "none"
        : TIME.format(c.getFirstRespondedAt()) + " after " + hours(c.getFirstResponseMinutes()) + " h")
        .append(c.isFirstResponseMissed() ? " — MISSED the " : " — within the ")
        .append("deadline ").append(TIME.format(c.getFirstResponseDue())).append('\n');
    report.append("Claim: ").append(amount(c.getClaimAmount(), c.getCurrency())).append('\n');
    if (!c.getInvoices().isEmpty()) {
      report.append("Invoices: ").append(c.getInvoices().stream().map(i -> i.getInvoiceNo()
          + (i.isDisputed() ? " (disputed)" : i.getReleasedAt() != null ? " (released: " + i.getReleaseReason() + ")"
              : "")).collect(Collectors.joining(", "))).append('\n');
    }
    line(report, "Complaint", c.getDescription());
    line(report, "Reasons", c.getReasons());
    line(report, "Key problem", c.getKeyProblem());
    line(report, "Cause", c.getCause());
    line(report, "Customer's suggestion", c.getCustomerSuggestion());
    line(report, "Solution", c.getSolutionKind() == null ? null : c.getSolutionKind() + ": " + c.getSolution()
        + (c.getSolutionRound() > 1 ? " (proposal " + c.getSolutionRound() + ")" : ""));
    for (ComplaintCreditNote note : c.getCreditNotes()) {
      line(report, "Credit note", note.getCreditNoteNo() + " " + amount(note.getAmount(), c.getCurrency())
          + (note.getInvoiceNo() == null ? " on account" : " against " + note.getInvoiceNo()));
    }
    line(report, "Settled", c.getSettledAt() == null ? null : TIME.format(c.getSettledAt()));
    long loops = c.getSteps().stream().filter(s -> "NOT_AGREED".equals(s.getOutcome())
        || "NOT_SATISFIED".equals(s.getOutcome())).count();
    if (loops > 0) {
      line(report, "Loops", loops + " (customer disagreed or was not satisfied)");
    }
    return report.toString().trim();
  }

  public static String amount(BigDecimal amount, String currency) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount) + " " + currency;
  }

  private static String hours(Integer minutes) {
    return minutes == null ? "?" : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
  }

  private static void line(StringBuilder report, String label, String value) {
    if (value != null && !value.isBlank()) {
      report.append(label).append(": ").append(value).append('\n');
    }
  }
}
