package io.ardesk.collections.extensions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A penalty or interest charge an extension's outcome posted to the ledger: one of each kind per request. */
@Entity
@Table(name = "extension_charge")
public class ExtensionCharge {

  public enum Kind {
    PENALTY("PEN"), INTEREST("INT");

    private final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    /** The ledger number of this charge of a request: {@code EXT-2026-000001-PEN}. */
    public String chargeNo(String requestNo) {
      return requestNo + "-" + suffix;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String chargeNo;
  private BigDecimal baseAmount;
  private BigDecimal rate;
  private BigDecimal amount;
  private LocalDate dueDate;
  private LocalDateTime postedAt;

  protected ExtensionCharge() {}

  ExtensionCharge(Long requestId, Kind kind, String chargeNo, BigDecimal baseAmount, BigDecimal rate,
      BigDecimal amount, LocalDate dueDate, LocalDateTime postedAt) {
    this.requestId = requestId;
    this.kind = kind;
    this.chargeNo = chargeNo;
    this.baseAmount = baseAmount;
    this.rate = rate;
    this.amount = amount;
    this.dueDate = dueDate;
    this.postedAt = postedAt;
  }

  public Kind getKind() { return kind; }
  public String getChargeNo() { return chargeNo; }
  public BigDecimal getBaseAmount() { return baseAmount; }
  public BigDecimal getRate() { return rate; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getDueDate() { return dueDate; }
  public LocalDateTime getPostedAt() { return postedAt; }
}
