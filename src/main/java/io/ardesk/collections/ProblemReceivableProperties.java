package io.ardesk.collections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.collections.problem-receivables.*} (docs/domain.md §7).
 *
 * @param noShipmentMonths months without an invoice (shipment) after which an open balance is a problem (3)
 * @param termsBrokenDays days after the effective due date after which an item under a contract has
 *     broken the contract's payment terms (30)
 */
@ConfigurationProperties("ardesk.collections.problem-receivables")
public record ProblemReceivableProperties(
    @DefaultValue("3") int noShipmentMonths,
    @DefaultValue("30") int termsBrokenDays) {}
