package io.ardesk.ledger;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ardesk.interest.*}: the annual rate behind the cost of lateness (docs/domain.md §5, §8). */
@ConfigurationProperties("ardesk.interest")
public record InterestProperties(@DefaultValue("0.1825") BigDecimal annualRate) {}
