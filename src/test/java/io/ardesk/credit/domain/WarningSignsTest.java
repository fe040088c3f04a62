package io.ardesk.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.ShippedCreditProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each warning sign of docs/domain.md §6.4 just inside, at and just beyond its threshold: the deck's words
 * ("&lt; 20%", "&gt; 25%", "&gt; 100%", "&gt; 5%", "younger than two years", "&gt; 50%") make the
 * threshold itself safe.
 */
class WarningSignsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private final WarningSigns signs = new WarningSigns(ShippedCreditProperties.load().warnings());

  /**
   * Healthy figures: assets 2000 (equity 20% = 400), sales 10000 (receivables 25% = 2500, finance
   * costs 5% = 500), equity 1000 (fixed assets 100%), current assets 1000 (inventory 50% = 500).
   */
  private static final Financials HEALTHY =
      new Financials(
          amount(1000), amount(500), amount(100), amount(1000), amount(1000), amount(2000),
          amount(500), amount(100), amount(10000), amount(100), LocalDate.of(2000, 1, 1));

  @ParameterizedTest(name = "{0}: {1} = {2} raised {3}")
  @CsvSource({
    "THIN_EQUITY,        netWorth,                 399.99,  true",
    "THIN_EQUITY,        netWorth,                 400.00,  false",
    "THIN_EQUITY,        netWorth,                 400.01,  false",
    "HIGH_RECEIVABLES,   receivables,              2499.99, false",
    "HIGH_RECEIVABLES,   receivables,              2500.00, false",
    "HIGH_RECEIVABLES,   receivables,              2500.01, true",
    "LARGE_FIXED_ASSETS, fixedAssets,              999.99,  false",
    "LARGE_FIXED_ASSETS, fixedAssets,              1000.00, false",
    "LARGE_FIXED_ASSETS, fixedAssets,              1000.01, true",
    "HIGH_FINANCE_COSTS, interestAndDiscountCosts, 499.99,  false",
    "HIGH_FINANCE_COSTS, interestAndDiscountCosts, 500.00,  false",
    "HIGH_FINANCE_COSTS, interestAndDiscountCosts, 500.01,  true",
    "LARGE_INVENTORY,    inventory,                499.99,  false",
    "LARGE_INVENTORY,    inventory,                500.00,  false",
    "LARGE_INVENTORY,    inventory,                500.01,  true",
    "NON_POSITIVE_NET_WORTH, netWorth,             -0.01,   true",
    "NON_POSITIVE_NET_WORTH, netWorth,             0.00,    true",
    "NON_POSITIVE_NET_WORTH, netWorth,             0.01,    false"
  })
  void eachSignAtItsThreshold(WarningSign sign, String figure, String value, boolean raised) {
    var f = healthyWith(figure, value);
    assertThat(signs.raisedBy(f, TODAY).contains(sign)).isEqualTo(raised);
  }

  @ParameterizedTest(name = "founded {0}, today 2026-03-01: raised {1}")
  @CsvSource({"2024-02-29, false", "2024-03-01, false", "2024-03-02, true", ", false"})
  void youngCompany(LocalDate founded, boolean raised) {
    var f = HEALTHY.withFoundingDate(founded);
    assertThat(signs.raisedBy(f, TODAY).contains(WarningSign.YOUNG_COMPANY)).isEqualTo(raised);
  }

  @Test
  void healthyFiguresRaiseNothing() {
    assertThat(signs.raisedBy(HEALTHY, TODAY)).isEmpty();
  }

  private static BigDecimal amount(int value) {
    return BigDecimal.valueOf(value).setScale(2);
  }

  /** The healthy figures with some changed: name, value, name, value, ... */
  private static Financials healthyWith(String... changes) {
    Map<String, Object> figures = new HashMap<>(HEALTHY.byName());
    for (int i = 0; i < changes.length; i += 2) {
      figures.put(changes[i], new BigDecimal(changes[i + 1]));
    }
    List<FieldProblem> problems = new ArrayList<>();
    Financials f = Financials.read(figures::get, HEALTHY.foundingDate(), "", "foundingDate", problems);
    assertThat(problems).isEmpty();
    return f;
  }
}
