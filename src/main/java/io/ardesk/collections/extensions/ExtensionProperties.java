package io.ardesk.collections.extensions;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.extensions.*}: the numbers of payment extensions (docs/domain.md §8) that are not in the
 * DMN tables {@code extension-decision} and {@code extension-outcome}. The interest rate is the
 * ledger's {@code ardesk.interest.annual-rate}.
 *
 * @param supervisorThreshold an extended amount above this needs a supervisor's approval (§8: 100,000)
 * @param penaltyRate the penalty (違約金) as a share of the amount (§8: 5%)
 * @param chargeTermsDays days the customer has to pay a penalty or interest charge
 */
@ConfigurationProperties("ardesk.extensions")
public record ExtensionProperties(
    @DefaultValue("100000") BigDecimal supervisorThreshold,
    @DefaultValue("0.05") BigDecimal penaltyRate,
    @DefaultValue("14") int chargeTermsDays) {}
