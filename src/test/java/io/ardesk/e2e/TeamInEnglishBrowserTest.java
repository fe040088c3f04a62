package io.ardesk.e2e;

import io.ardesk.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** {@link TeamLanguageRun} with the default {@code ardesk.language=en} and the browser in en-US: English unchanged. */
@IntegrationTest
@Tag("browser")
class TeamInEnglishBrowserTest extends TeamLanguageRun {

  @Override
  String customerName() {
    return "Harbour Lights Trading";
  }

  /** As form-js draws it in an en-US browser: typed 12/06/2026, shown 12/6/2026 (its format is n/j/Y). */
  @Override
  DateWords dateWords() {
    return new DateWords("Promise to pay (date and amount)", "Promised payment date", "Promised amount", "mm/dd/yyyy",
        java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")::format,
        java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")::format,
        java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)::format,
        "SunMonTueWedThuFriSat");
  }

  @Override
  Words words(String name, int days) {
    return new Words("en-US", List.of("Date and Time displayed in local timezone:", "Username", "Password", "Log in"),
        List.of("My tasks", "Credit — open", "Credit — by expected loss"), "Credit — open",
        "Call " + name + " about 1 overdue invoice (10,000.00 CNY, " + days + " days)", "Outcome of the call",
        "No contact (call again)", "Note", "Field is required.", "Complete", "Form", "Customer",
        List.of("Aging by bucket", "Open items", "Collection case", "Letters sent"),
        List.of("Receivables", "Running Process Instances"));
  }
}
