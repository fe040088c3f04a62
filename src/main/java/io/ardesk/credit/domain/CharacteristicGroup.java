package io.ardesk.credit.domain;

/** The three groups of the characteristic model (特征分析模型, docs/domain.md §6.1). */
public enum CharacteristicGroup {
  /** 客戶自身特征: the customer's own features. */
  OWN,
  /** 客戶優先性特征: how much the customer matters to us. */
  PRIORITY,
  /** 信用及財務特征: credit and financial features. */
  FINANCIAL
}
