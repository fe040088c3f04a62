package io.ardesk.ledger.customer;

import java.util.Optional;

/**
 * What a change of credit fields did: what tightens or changes nothing of the risk applied at once
 * ({@code customer} shows it); what loosens credit waits in {@code pending} for a supervisor.
 */
public record CreditChangeOutcome(Customer customer, Optional<CreditChangeRequest> pending) {
  public boolean waitsForApproval() {
    return pending.isPresent();
  }
}
