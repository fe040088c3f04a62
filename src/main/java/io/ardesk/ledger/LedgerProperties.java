package io.ardesk.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.ledger.*}.
 *
 * @param defaultPaymentTermsDays payment terms of a customer created without any (DOMAIN.md §3)
 * @param importChunkSize rows written per transaction by the bulk loader (the HTTP import is one
 *     transaction, all or nothing)
 */
@ConfigurationProperties("ardesk.ledger")
public record LedgerProperties(
    @DefaultValue("30") int defaultPaymentTermsDays, @DefaultValue("2000") int importChunkSize) {}
