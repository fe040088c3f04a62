package io.ardesk.collections.extensions;

import java.math.BigDecimal;

/**
 * The rules of extensions as the business tunes them: the DMN tables {@code extension-decision}
 * and {@code extension-outcome}. The workflow layer evaluates them.
 */
public interface ExtensionRules {

  Decision decide(DecisionInputs inputs);

  OutcomeRule outcome(BigDecimal paidShare);

  /**
   * @param extensionDays days between the latest due date of the items and the requested date
   * @param grade the customer's credit grade (A–E), null if it has none
   */
  record DecisionInputs(CreditCheck creditCheck, BigDecimal extendedAmount, BigDecimal supervisorThreshold,
      int extensionDays, String grade) {}

  record Decision(ExtensionDecision decision, String reason) {}

  record OutcomeRule(ExtensionOutcome outcome, boolean chargePenalty, boolean chargeInterest) {}
}
