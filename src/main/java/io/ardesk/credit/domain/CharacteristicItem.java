package io.ardesk.credit.domain;

import java.util.Arrays;
import java.util.List;

/** The 18 items of the characteristic model, each scored 0–10 by people (docs/domain.md §6.1). */
public enum CharacteristicItem {
  APPEARANCE(CharacteristicGroup.OWN),
  HISTORY(CharacteristicGroup.OWN),
  ORGANISATION(CharacteristicGroup.OWN),
  BUSINESS_CONDITION(CharacteristicGroup.OWN),
  PRODUCTS_AND_MARKET(CharacteristicGroup.OWN),
  PROSPECTS(CharacteristicGroup.OWN),
  TRADE_MARGIN(CharacteristicGroup.PRIORITY),
  PRODUCT_REQUIREMENTS(CharacteristicGroup.PRIORITY),
  MARKET_ATTRACTIVENESS(CharacteristicGroup.PRIORITY),
  COMPETITIVENESS(CharacteristicGroup.PRIORITY),
  GUARANTEES(CharacteristicGroup.PRIORITY),
  REPLACEABILITY(CharacteristicGroup.PRIORITY),
  PAYMENT_RECORD(CharacteristicGroup.FINANCIAL),
  BANK_CREDIT(CharacteristicGroup.FINANCIAL),
  PROFITABILITY(CharacteristicGroup.FINANCIAL),
  OPERATING_EFFICIENCY(CharacteristicGroup.FINANCIAL),
  SOLVENCY(CharacteristicGroup.FINANCIAL),
  TOTAL_CAPITAL(CharacteristicGroup.FINANCIAL);

  public static final int MIN_SCORE = 0;
  public static final int MAX_SCORE = 10;

  private final CharacteristicGroup group;

  CharacteristicItem(CharacteristicGroup group) {
    this.group = group;
  }

  public CharacteristicGroup group() {
    return group;
  }

  public static List<CharacteristicItem> of(CharacteristicGroup group) {
    return Arrays.stream(values()).filter(item -> item.group == group).toList();
  }
}
