package io.ardesk.credit;

import io.ardesk.ledger.customer.NewCustomer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Customers, and figures as the API and the finance form give them. */
public final class CreditFixtures {

  private CreditFixtures() {}

  /**
   * A customer of salesperson lily and ledger administrator frank, founded 2010-05-01. With a
   * grade it counts as imported with its terms and gets no first review.
   */
  public static NewCustomer newCustomer(String customerNo, String grade) {
    return new NewCustomer(
        customerNo, "Acme Trading " + customerNo, null, null, null, null, null, null, null, null, null, null, grade,
        null, null, "lily", null, "frank", LocalDate.of(2010, 5, 1), null, null);
  }

  /**
   * The first test vector of docs/domain.md §6.2 (working assets 1,750.00, EV 2.2, limit 437.50), with
   * income figures that raise no warning sign unless the receivables are above 3,000.
   */
  public static Map<String, Object> firstTestVector(Object receivables) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("currentAssets", 2000);
    f.put("currentLiabilities", 1000.0);
    f.put("inventory", 800);
    f.put("netWorth", 2500);
    f.put("totalLiabilities", 1500);
    f.put("totalAssets", 4000);
    f.put("fixedAssets", 1200.5);
    f.put("receivables", receivables);
    f.put("annualSales", 12000);
    f.put("interestAndDiscountCosts", 100);
    return f;
  }
}
