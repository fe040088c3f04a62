package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Balance-sheet and income figures of one customer (docs/domain.md §6.2, §6.4), money in 2 decimals. Only
 * net worth may be negative. The founding date is optional (unknown: no age warning).
 */
public record Financials(
    BigDecimal currentAssets,
    BigDecimal currentLiabilities,
    BigDecimal inventory,
    BigDecimal netWorth,
    BigDecimal totalLiabilities,
    BigDecimal totalAssets,
    BigDecimal fixedAssets,
    BigDecimal receivables,
    BigDecimal annualSales,
    BigDecimal interestAndDiscountCosts,
    LocalDate foundingDate) {

  /** The names of the figures, as the API and the finance form call them. */
  public static final List<String> FIGURES =
      List.of(
          "currentAssets",
          "currentLiabilities",
          "inventory",
          "netWorth",
          "totalLiabilities",
          "totalAssets",
          "fixedAssets",
          "receivables",
          "annualSales",
          "interestAndDiscountCosts");

  public static final String NET_WORTH = "netWorth";

  /**
   * Reads the figures from untyped values looked up by name; {@code prefix} names the fields in
   * problems. Returns null when a problem was found.
   */
  public static Financials read(
      Function<String, Object> valueOf,
      Object foundingDate,
      String prefix,
      String foundingDateField,
      List<FieldProblem> problems) {
    List<FieldProblem> found = new ArrayList<>();
    List<BigDecimal> figures = new ArrayList<>();
    for (String name : FIGURES) {
      figures.add(Inputs.money(valueOf.apply(name), prefix + name, !NET_WORTH.equals(name), found));
    }
    LocalDate founded = Inputs.optionalDate(foundingDate, foundingDateField, found);
    problems.addAll(found);
    if (!found.isEmpty()) {
      return null;
    }
    return new Financials(
        figures.get(0), figures.get(1), figures.get(2), figures.get(3), figures.get(4),
        figures.get(5), figures.get(6), figures.get(7), figures.get(8), figures.get(9), founded);
  }

  /** The figures by their names in {@link #FIGURES}. */
  public Map<String, BigDecimal> byName() {
    List<BigDecimal> values =
        List.of(
            currentAssets, currentLiabilities, inventory, netWorth, totalLiabilities, totalAssets,
            fixedAssets, receivables, annualSales, interestAndDiscountCosts);
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (int i = 0; i < FIGURES.size(); i++) {
      figures.put(FIGURES.get(i), values.get(i));
    }
    return figures;
  }

  public Financials withFoundingDate(LocalDate date) {
    return new Financials(
        currentAssets, currentLiabilities, inventory, netWorth, totalLiabilities, totalAssets,
        fixedAssets, receivables, annualSales, interestAndDiscountCosts, date);
  }
}
