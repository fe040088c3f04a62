package io.ardesk.ledger.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The customer master (docs/domain.md §3). Its {@code status} is derived: {@code CLOSED} when closed,
 * else {@code CREDIT_HOLD} while any hold is active, else its standing ({@code ACTIVE} or
 * {@code CASH_ONLY}). Changes go through {@link CustomerService}, which keeps the history.
 */
@Entity
@Table(name = "customer")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Never changes: a natural id, so look-ups by number within a transaction are answered from memory. */
  @org.hibernate.annotations.NaturalId
  @Column(name = "customer_no", nullable = false, updatable = false)
  private String customerNo;

  private String name;
  private String address;
  private String contactPerson;
  private String principal;
  private String phone;
  private String email;
  private String bankAccount;
  private String currency;

  @Enumerated(EnumType.STRING)
  private SettlementMethod settlementMethod;

  private int paymentTermsDays;
  private BigDecimal creditLimit;
  private String grade;
  private LocalDate lastReviewDate;
  private LocalDate nextReviewDate;
  private String salesperson;
  private String territory;
  private String ledgerAdministrator;
  private LocalDate foundedOn;
  private boolean keyAccount;
  private String language;

  /** Null: the default of {@link StatementCadence#defaultFor}. */
  @Enumerated(EnumType.STRING)
  private StatementCadence statementCadence;

  /** ACTIVE, CASH_ONLY or CLOSED: what the status is when no hold is active. */
  @Enumerated(EnumType.STRING)
  private CustomerStatus standing;

  @Enumerated(EnumType.STRING)
  private CustomerStatus status;

  private LocalDateTime createdAt;
  private String createdBy;

  @Version private long version;

  protected Customer() {}

  Customer(String customerNo, String name, LocalDateTime createdAt, String createdBy) {
    this.customerNo = customerNo;
    this.name = name;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.standing = CustomerStatus.ACTIVE;
    this.status = CustomerStatus.ACTIVE;
    this.creditLimit = BigDecimal.ZERO.setScale(2);
    this.settlementMethod = SettlementMethod.CREDIT;
  }

  /** Recomputes the status from standing and holds; returns the new status. */
  CustomerStatus restate(boolean anyHoldActive) {
    if (standing == CustomerStatus.CLOSED) {
      status = CustomerStatus.CLOSED;
    } else {
      status = anyHoldActive ? CustomerStatus.CREDIT_HOLD : standing;
    }
    return status;
  }

  public Long getId() { return id; }
  public String getCustomerNo() { return customerNo; }
  public String getName() { return name; }
  public String getAddress() { return address; }
  public String getContactPerson() { return contactPerson; }
  public String getPrincipal() { return principal; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public String getBankAccount() { return bankAccount; }
  public String getCurrency() { return currency; }
  public SettlementMethod getSettlementMethod() { return settlementMethod; }
  public int getPaymentTermsDays() { return paymentTermsDays; }
  public BigDecimal getCreditLimit() { return creditLimit; }
  public String getGrade() { return grade; }
  public LocalDate getLastReviewDate() { return lastReviewDate; }
  public LocalDate getNextReviewDate() { return nextReviewDate; }
  public String getSalesperson() { return salesperson; }
  public String getTerritory() { return territory; }
  public String getLedgerAdministrator() { return ledgerAdministrator; }
  public LocalDate getFoundedOn() { return foundedOn; }
  public boolean isKeyAccount() { return keyAccount; }
  public String getLanguage() { return language; }
  /** The cadence set for this customer, else the key-account default. */
  public StatementCadence getStatementCadence() {
    return statementCadence != null ? statementCadence : StatementCadence.defaultFor(keyAccount);
  }
  public boolean hasOwnStatementCadence() { return statementCadence != null; }
  public CustomerStatus getStanding() { return standing; }
  public CustomerStatus getStatus() { return status; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }

  void setName(String name) { this.name = name; }
  void setAddress(String address) { this.address = address; }
  void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
  void setPrincipal(String principal) { this.principal = principal; }
  void setPhone(String phone) { this.phone = phone; }
  void setEmail(String email) { this.email = email; }
  void setBankAccount(String bankAccount) { this.bankAccount = bankAccount; }
  void setCurrency(String currency) { this.currency = currency; }
  void setSettlementMethod(SettlementMethod settlementMethod) { this.settlementMethod = settlementMethod; }
  void setPaymentTermsDays(int paymentTermsDays) { this.paymentTermsDays = paymentTermsDays; }
  void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
  void setGrade(String grade) { this.grade = grade; }
  void setLastReviewDate(LocalDate lastReviewDate) { this.lastReviewDate = lastReviewDate; }
  void setNextReviewDate(LocalDate nextReviewDate) { this.nextReviewDate = nextReviewDate; }
  void setSalesperson(String salesperson) { this.salesperson = salesperson; }
  void setTerritory(String territory) { this.territory = territory; }
  void setLedgerAdministrator(String ledgerAdministrator) { this.ledgerAdministrator = ledgerAdministrator; }
  void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
  void setKeyAccount(boolean keyAccount) { this.keyAccount = keyAccount; }
  void setLanguage(String language) { this.language = language; }
  void setStatementCadence(StatementCadence statementCadence) { this.statementCadence = statementCadence; }
  void setStanding(CustomerStatus standing) { this.standing = standing; }
}
