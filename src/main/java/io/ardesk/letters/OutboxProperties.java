package io.ardesk.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters leave. The keys stay under {@code ardesk.collections.*}, where they were set when only
 * dunning letters used the outbox, so existing configurations keep working.
 *
 * @param lettersFrom the From address of letters
 * @param deliveryIntervalMs how often the outbox is emptied
 * @param scheduledDelivery whether the outbox is emptied on a schedule (off in tests)
 */
@ConfigurationProperties("ardesk.collections")
public record OutboxProperties(
    @DefaultValue("receivables@ardesk.local") String lettersFrom,
    @DefaultValue("30000") long deliveryIntervalMs,
    @DefaultValue("true") boolean scheduledDelivery) {}
