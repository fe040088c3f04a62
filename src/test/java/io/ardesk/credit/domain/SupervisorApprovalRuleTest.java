package io.ardesk.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.ShippedCreditProperties;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupervisorApprovalRuleTest {

  private final SupervisorApprovalRule rule =
      new SupervisorApprovalRule(ShippedCreditProperties.load().supervisorApproval());

  @ParameterizedTest(name = "limit {0} against recommended {1}: supervisor {2}")
  @CsvSource({
    "1200.00, 1000.00, false",
    "1200.01, 1000.00, true",
    "500.00, 1000.00, false",
    "0.01, 0.00, true",
    "0.00, 0.00, false",
    "1000000.00, 900000.00, false",
    "1000000.01, 900000.00, true"
  })
  void moreThanTwentyPercentOverOrAboveAMillion(String limit, String recommended, boolean needed) {
    assertThat(rule.needsSupervisor(new BigDecimal(limit), new BigDecimal(recommended))).isEqualTo(needed);
  }
}
