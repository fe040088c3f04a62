package io.ardesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.ledger.customer.CreditTerms;
import io.ardesk.ledger.customer.CustomerChange;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.event.CustomerCreated;
import io.ardesk.ledger.event.CustomerStatusChanged;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** docs/domain.md §3: defaults, holds with causes, and the history of limit, grade and status. */
@IntegrationTest
@RecordApplicationEvents
class CustomerMasterTest {
  @Autowired CustomerService customers;
  @Autowired ApplicationEvents events;
  @Autowired CreditGrants grants;

  @Test
  void aNewCustomerGetsTheConfiguredDefaults() {
    String no = TestNumbers.unique("C");
    var customer = customers.create(NewCustomer.of(no, "Dragon Trading"), "lily").value();

    assertThat(customer.getPaymentTermsDays()).isEqualTo(30);
    assertThat(customer.getCurrency()).isEqualTo("CNY");
    assertThat(customer.getSettlementMethod()).isEqualTo(SettlementMethod.CREDIT);
    assertThat(customer.getCreditLimit()).isEqualByComparingTo("0.00");
    assertThat(customer.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(events.stream(CustomerCreated.class).filter(e -> e.customerNo().equals(no))).hasSize(1);
    assertThat(customers.create(NewCustomer.of(no, "Dragon Trading"), "lily").created()).isFalse();
    assertThatThrownBy(() -> customers.create(NewCustomer.of(no, "Other name"), "lily"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aCustomerHeldForTwoCausesStaysHeldUntilBothAreLifted() {
    String no = TestNumbers.unique("C");
    customers.create(NewCustomer.of(no, "Held Ltd"), "lily");

    customers.placeHold(no, "OVERDUE_30", "CASE-1", "collections", "30 days past due");
    customers.placeHold(no, "CREDIT_REVIEW", "REV-9", "carol", "limit review");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    assertThat(customers.liftHold(no, "OVERDUE_30", null, "collections", "paid")).isEqualTo(1);
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(customers.activeHolds(no)).extracting(h -> h.getCause()).containsExactly("CREDIT_REVIEW");

    customers.liftHold(no, "CREDIT_REVIEW", "REV-9", "carol", "review done");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customers.holds(no)).allSatisfy(h -> assertThat(h.isActive()).isFalse());

    var statusChanges = customers.history(no).stream().filter(c -> c.getField().equals("status")).toList();
    assertThat(statusChanges).extracting(CustomerChange::getNewValue).containsExactly("ACTIVE", "CREDIT_HOLD", "ACTIVE");
    assertThat(statusChanges.get(1).getChangedBy()).isEqualTo("collections");
    assertThat(statusChanges.get(1).getReason()).isEqualTo("30 days past due");
    assertThat(statusChanges.get(2).getChangedBy()).isEqualTo("carol");
    assertThat(events.stream(CustomerStatusChanged.class).filter(e -> e.customerNo().equals(no))).hasSize(2);
  }

  @Test
  void cashOnlyUnderAHoldReturnsToCashOnly() {
    String no = TestNumbers.unique("C");
    customers.create(NewCustomer.of(no, "Cash Co"), "lily");
    customers.changeStatus(no, CustomerStatus.CASH_ONLY, "carol", "line cancelled");
    customers.placeHold(no, "BOUNCED_CHEQUE", "P-1", "frank", "cheque bounced");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    customers.liftHold(no, "BOUNCED_CHEQUE", null, "frank", "paid in cash");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CASH_ONLY);
    assertThatThrownBy(() -> customers.changeStatus(no, CustomerStatus.CREDIT_HOLD, "carol", "x"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void creditTermChangesAreKeptWithWhoAndWhy() {
    String no = TestNumbers.unique("C");
    customers.create(NewCustomer.of(no, "Terms Inc"), "lily");

    var raised = customers.changeCreditTerms(no,
        new CreditTerms(new BigDecimal("50000"), "B", SettlementMethod.CREDIT, 45, null, null), "carol", "annual review");
    assertThat(customers.get(no).getPaymentTermsDays()).isEqualTo(45);
    assertThat(customers.get(no).getCreditLimit()).isEqualByComparingTo("0.00");
    grants.approve(raised.pending().orElseThrow().getRequestNo(), "steve");
    customers.changeCreditTerms(no, CreditTerms.limitAndGrade(new BigDecimal("20000.00"), "C"), "carol", "late payer");

    var customer = customers.get(no);
    assertThat(customer.getCreditLimit()).isEqualByComparingTo("20000.00");
    assertThat(customer.getGrade()).isEqualTo("C");
    assertThat(customer.getPaymentTermsDays()).isEqualTo(45);
    var limits = customers.history(no).stream().filter(c -> c.getField().equals("creditLimit")).toList();
    assertThat(limits).extracting(CustomerChange::getNewValue).containsExactly("0.00", "50000.00", "20000.00");
    assertThat(limits.get(2).getOldValue()).isEqualTo("50000.00");
    assertThat(limits.get(2).getReason()).isEqualTo("late payer");
    assertThat(limits.get(1).getChangedBy()).isEqualTo("carol");
    assertThat(limits.get(1).getApprovedBy()).isEqualTo("steve");
    assertThat(limits.get(2).getApprovedBy()).isNull();
    assertThat(customers.history(no).stream().filter(c -> c.getField().equals("grade")))
        .extracting(CustomerChange::getNewValue).containsExactly("B", "C");
    assertThatThrownBy(() -> customers.changeCreditTerms(no, CreditTerms.limitAndGrade(new BigDecimal("-1"), null),
        "carol", "x"))
        .isInstanceOf(InvalidInputException.class);
  }
}
