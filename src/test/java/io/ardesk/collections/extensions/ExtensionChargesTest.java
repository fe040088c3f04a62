package io.ardesk.collections.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §8's example: 10,000.00 due 2026-03-01 extended to 2026-04-30 (60 days), 18.25% a year, penalty 5%. */
class ExtensionChargesTest {

  static final BigDecimal RATE = new BigDecimal("0.1825");
  static final BigDecimal PENALTY = new BigDecimal("0.05");
  static final LocalDate DUE = LocalDate.of(2026, 3, 1);
  static final LocalDate NEW_DATE = LocalDate.of(2026, 4, 30);

  @ParameterizedTest(name = "balance {0}: interest {1}, penalty {2}")
  @CsvSource({"4000.00, 120.00, 200.00", "5000.00, 150.00, 250.00", "7000.00, 210.00, 350.00",
      "10000.00, 300.00, 500.00"})
  void interestForTheExtensionPeriodAndPenaltyOnTheBalance(BigDecimal balance, String interest, String penalty) {
    assertThat(ExtensionCharges.cents(ExtensionCharges.interest(balance, RATE, DUE, NEW_DATE))).isEqualByComparingTo(interest);
    assertThat(ExtensionCharges.penalty(balance, PENALTY)).isEqualByComparingTo(penalty);
  }

  @Test
  void sixtyDaysFromTheDueDateToTheNewDate() {
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(DUE, NEW_DATE)).isEqualTo(60);
  }

  @ParameterizedTest(name = "paid {0} of {1}: share {2}")
  @CsvSource({"10000.00, 10000.00, 1", "6000.00, 10000.00, 0.6", "5000.00, 10000.00, 0.5",
      "4999.99, 10000.00, 0.499999", "0.01, 10000.00, 0.000001", "0.00, 10000.00, 0", "1.00, 3.00, 0.3333333333",
      "0.00, 0.00, 1"})
  void theSharePaidIsRoundedDownSoThatJustUnderHalfStaysUnder(BigDecimal paid, BigDecimal extended, BigDecimal share) {
    assertThat(ExtensionCharges.paidShare(paid, extended)).isEqualByComparingTo(share);
  }
}
