package io.ardesk.ledger;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.controls.*}: the limits of the four-eyes rules on what lowers a customer's debt
 * without cash. Amounts are in the base currency ({@code ardesk.exchange-rates.base-currency})
 * and count per customer over a rolling window, so that splitting an amount does not escape them.
 *
 * @param creditNoteLimit a credit note (allowance, discount) asked for through the API posts without a
 *     second person only while the customer's credit notes, write-offs and pending requests of the window,
 *     this one included, stay at or below this amount; 0 (the default): always a second person
 * @param windowDays the rolling window, in days up to and including the decision date
 */
@ConfigurationProperties("ardesk.controls")
public record ControlsProperties(
    @DefaultValue("0") BigDecimal creditNoteLimit,
    @DefaultValue("30") int windowDays) {}
