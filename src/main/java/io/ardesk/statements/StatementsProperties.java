package io.ardesk.statements;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.statements.*}: when statements of account go out and how long the customer has to
 * answer (docs/domain.md §11).
 *
 * @param dayOfMonth the day of the month the statements of the month before (of the quarter before,
 *     for quarterly customers) are made and sent
 * @param answerDays days the customer has to confirm or dispute before a reminder goes out
 * @param callDays days after the reminder before credit calls the customer
 * @param runCron when the daily check for the statements day runs (Spring cron)
 * @param scheduledRun false: the run is started by hand (tests)
 */
@ConfigurationProperties("ardesk.statements")
public record StatementsProperties(
    @DefaultValue("3") int dayOfMonth,
    @DefaultValue("10") int answerDays,
    @DefaultValue("10") int callDays,
    @DefaultValue("0 30 5 * * *") String runCron,
    @DefaultValue("true") boolean scheduledRun) {

  public StatementsProperties {
    if (dayOfMonth < 1 || dayOfMonth > 28) {
      throw new IllegalArgumentException("ardesk.statements.day-of-month must be between 1 and 28");
    }
    if (answerDays < 1 || callDays < 1) {
      throw new IllegalArgumentException("ardesk.statements.answer-days and call-days must be at least 1");
    }
  }
}
