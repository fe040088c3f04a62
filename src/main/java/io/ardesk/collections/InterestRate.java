package io.ardesk.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A penalty interest rate (a year, 0.1825 = 18.25 %) agreed with a customer or in a contract (docs/domain.md §8). */
@Entity
@Table(name = "interest_rate")
public class InterestRate {
  public static final String CUSTOMER = "CUSTOMER";
  public static final String CONTRACT = "CONTRACT";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String scope;
  private String scopeKey;
  private BigDecimal annualRate;
  private LocalDateTime setAt;
  private String setBy;
  private String reason;

  protected InterestRate() {}

  InterestRate(String scope, String scopeKey) {
    this.scope = scope;
    this.scopeKey = scopeKey;
  }

  void set(BigDecimal annualRate, LocalDateTime at, String by, String reason) {
    this.annualRate = annualRate;
    this.setAt = at;
    this.setBy = by;
    this.reason = reason;
  }

  public String getScope() { return scope; }
  public String getScopeKey() { return scopeKey; }
  public BigDecimal getAnnualRate() { return annualRate; }
  public LocalDateTime getSetAt() { return setAt; }
  public String getSetBy() { return setBy; }
  public String getReason() { return reason; }
}
