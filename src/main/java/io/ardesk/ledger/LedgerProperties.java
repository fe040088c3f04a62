package io.ardesk.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.ledger.*}.
 *
 * @param defaultPaymentTermsDays payment terms of a customer created without any (docs/domain.md §3)
 * @param importChunkSize rows an import reads, checks and writes together, with one look-up per
 *     chunk and batched statements; the persistence context is emptied after each chunk (an HTTP
 *     import stays one transaction, all or nothing; the benchmark commits every chunk)
 */
@ConfigurationProperties("ardesk.ledger")
public record LedgerProperties(
    @DefaultValue("30") int defaultPaymentTermsDays, @DefaultValue("2000") int importChunkSize) {}
