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

  @ParameterizedTest(name = "limit {0} (in the base {2}) against recommended {1}: supervisor {3}")
  @CsvSource({
    // a USD customer: 200,000.00 USD is 1,420,000.00 CNY at 7.10, above the 1,000,000 of the base currency
    "200000.00, 180000.00, 1420000.00, true",
    // a HKD customer: 1,050,000.00 HKD is 955,500.00 CNY at 0.91, within it
    "1050000.00, 1000000.00, 955500.00, false"
  })
  void theAmountIsInTheBaseCurrency(String limit, String recommended, String inBase, boolean needed) {
    assertThat(rule.needsSupervisor(new BigDecimal(limit), new BigDecimal(recommended), new BigDecimal(inBase)))
        .isEqualTo(needed);
  }
}
