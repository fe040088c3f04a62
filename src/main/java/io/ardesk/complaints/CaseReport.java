package io.ardesk.complaints;

import io.ardesk.language.TeamLanguage;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report of a complaint's process and result that the supervisor reviews in step 11, in the
 * team's language (message keys {@code complaint.report.*}); what people wrote stays as they wrote it.
 */
public final class CaseReport {

  private CaseReport() {}

  /** The report in English. */
  public static String of(Complaint c) {
    return of(c, TeamLanguage.english());
  }

  public static String of(Complaint c, TeamLanguage language) {
    StringBuilder report = new StringBuilder();
    report.append(language.text("complaint.report.head", c.getComplaintNo(), c.getCustomerName(), c.getCustomerNo(),
        category(c.getCategory(), language))).append('\n');
    report.append(language.text("complaint.report.received", language.dateTime(c.getReceivedAt()), c.getReceivedBy(),
        String.valueOf(c.getSource()))).append('\n');
    report.append(c.getFirstRespondedAt() == null ? language.text("complaint.report.noFirstResponse")
        : language.text("complaint.report.firstResponse", language.dateTime(c.getFirstRespondedAt()),
            hours(c.getFirstResponseMinutes())))
        .append(language.text(c.isFirstResponseMissed() ? "complaint.report.deadlineMissed"
            : "complaint.report.deadlineMet", language.dateTime(c.getFirstResponseDue()))).append('\n');
    report.append(language.text("complaint.report.claim", language.money(c.getClaimAmount(), c.getCurrency())))
        .append('\n');
    if (!c.getInvoices().isEmpty()) {
      report.append(language.text("complaint.report.invoices", c.getInvoices().stream().map(i -> i.isDisputed()
          ? language.text("complaint.report.invoiceDisputed", i.getInvoiceNo())
          : i.getReleasedAt() != null ? language.text("complaint.report.invoiceReleased", i.getInvoiceNo(),
              language.textOr("complaint.release." + i.getReleaseReason(), i.getReleaseReason())) : i.getInvoiceNo()).collect(Collectors.joining(", ")))).append('\n');
    }
    line(report, language, "description", c.getDescription());
    line(report, language, "reasons", c.getReasons());
    line(report, language, "keyProblem", c.getKeyProblem());
    line(report, language, "cause", c.getCause());
    line(report, language, "suggestion", c.getCustomerSuggestion());
    line(report, language, "solution", c.getSolutionKind() == null ? null
        : language.word("complaint.solution.", c.getSolutionKind()) + ": " + c.getSolution()
        + (c.getSolutionRound() > 1 ? language.text("complaint.report.proposal", String.valueOf(c.getSolutionRound())) : ""));
    for (ComplaintCreditNote note : c.getCreditNotes()) {
      line(report, language, "creditNote", creditNote(note.getCreditNoteNo() + " "
          + language.money(note.getAmount(), c.getCurrency()), note.getInvoiceNo(), language));
    }
    line(report, language, "settled", c.getSettledAt() == null ? null : language.dateTime(c.getSettledAt()));
    long loops = c.getSteps().stream().filter(s -> "NOT_AGREED".equals(s.getOutcome())
        || "NOT_SATISFIED".equals(s.getOutcome())).count();
    if (loops > 0) {
      line(report, language, "loops", String.valueOf(loops));
    }
    return report.toString().trim();
  }

  /** A complaint's category in the team's words ("quality", "產品質量"). */
  public static String category(ComplaintCategory category, TeamLanguage language) {
    return language.textOr("complaint.category." + category.name(), category.label());
  }

  /** A credit note's amount and what it is against: "12,000.00 CNY against INV-1", "… on account". */
  public static String creditNote(String amount, String invoiceNo, TeamLanguage language) {
    return invoiceNo == null ? language.text("complaint.creditNote.onAccount", amount)
        : language.text("complaint.creditNote.against", amount, invoiceNo);
  }

  private static String hours(Integer minutes) {
    return minutes == null ? "?" : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
  }

  private static void line(StringBuilder report, TeamLanguage language, String key, String value) {
    if (value != null && !value.isBlank()) {
      report.append(language.text("complaint.report." + key, value)).append('\n');
    }
  }
}
