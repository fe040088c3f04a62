package io.ardesk.collections;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.collections.*}: the numbers of the escalation ladder that are not in the DMN table.
 *
 * @param promiseGraceDays days after a promised date before a promise counts as broken (§9: 3)
 * @param recallDays days until the collector calls again after no contact or an excuse
 * @param decisionDueDays days a supervisor has for an agency or lawsuit decision
 * @param defaultLanguage letter language for customers without one ({@code zh} or {@code en})
 * @param companyName the sender named in letters
 * @param paymentInstructions how to pay, per language
 * @param lettersFrom the From address of letters
 * @param maxDeliveryAttempts failed sends before a letter is marked FAILED
 * @param deliveryIntervalMs how often the outbox is emptied
 * @param scheduledDelivery whether the outbox is emptied on a schedule (off in tests)
 * @param runPageSize customers per transaction in a collections run
 */
@ConfigurationProperties("ardesk.collections")
public record CollectionsProperties(
    @DefaultValue("3") int promiseGraceDays,
    @DefaultValue("2") int recallDays,
    @DefaultValue("3") int decisionDueDays,
    @DefaultValue("zh") String defaultLanguage,
    @DefaultValue("AR Desk") String companyName,
    Map<String, String> paymentInstructions,
    @DefaultValue("receivables@ardesk.local") String lettersFrom,
    @DefaultValue("5") int maxDeliveryAttempts,
    @DefaultValue("30000") long deliveryIntervalMs,
    @DefaultValue("true") boolean scheduledDelivery,
    @DefaultValue("500") int runPageSize) {

  public CollectionsProperties {
    paymentInstructions = paymentInstructions == null ? Map.of() : Map.copyOf(paymentInstructions);
  }

  public String paymentInstructions(String language) {
    return paymentInstructions.getOrDefault(language, paymentInstructions.getOrDefault("en", ""));
  }
}
