package io.ardesk.workflow.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped table order-credit-decision (docs/domain.md §7), rule by rule and at its boundaries. */
class OrderCreditDecisionTableTest {

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision TABLE = parse();

  static DmnDecision parse() {
    try (InputStream in = OrderCreditDecisionTableTest.class.getResourceAsStream("/processes/order-credit-decision.dmn")) {
      return ENGINE.parseDecision("order-credit-decision", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> decide(String status, String settlement, int days, double exposureAfterOrder,
      double limit, int warnings) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("customerStatus", status);
    inputs.put("settlementMethod", settlement);
    inputs.put("oldestDaysPastDue", days);
    inputs.put("exposureAfterOrder", exposureAfterOrder);
    inputs.put("creditLimit", limit);
    inputs.put("openWarningSigns", warnings);
    return ENGINE.evaluateDecisionTable(TABLE, inputs).getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0} {1}, {2} days, {3} against {4}, {5} warnings -> {6} (supervisor {7})")
  @CsvSource({
      // status      settlement  days exposure   limit     warn decision              supervisor
      "CLOSED,       CREDIT,     0,   100.00,    1000.00,  0,   REJECTED,             false",
      "CLOSED,       PREPAYMENT, 90,  5000.00,   1000.00,  2,   REJECTED,             false",
      "CASH_ONLY,    CREDIT,     0,   100.00,    1000.00,  0,   PREPAYMENT_REQUIRED,  false",
      "ACTIVE,       PREPAYMENT, 0,   100.00,    1000.00,  0,   PREPAYMENT_REQUIRED,  false",
      "ACTIVE,       CASH,       0,   100.00,    1000.00,  0,   PREPAYMENT_REQUIRED,  false",
      "CREDIT_HOLD,  CASH,       0,   100.00,    1000.00,  0,   PREPAYMENT_REQUIRED,  false",
      "CREDIT_HOLD,  CREDIT,     0,   100.00,    1000.00,  0,   HOLD,                 false",
      "CREDIT_HOLD,  CREDIT,     45,  5000.00,   1000.00,  1,   HOLD,                 false",
      "ACTIVE,       CREDIT,     31,  100.00,    1000.00,  0,   HOLD,                 false",
      "ACTIVE,       CREDIT,     30,  100.00,    1000.00,  0,   APPROVED,             false",
      "ACTIVE,       CREDIT,     0,   1000.00,   1000.00,  0,   APPROVED,             false",
      "ACTIVE,       CREDIT,     0,   1000.01,   1000.00,  0,   CREDIT_REVIEW,        false",
      "ACTIVE,       CREDIT,     0,   1000.00,   1000.00,  1,   CREDIT_REVIEW,        false",
      "ACTIVE,       CREDIT,     0,   1200.00,   1000.00,  0,   CREDIT_REVIEW,        false",
      "ACTIVE,       CREDIT,     0,   1200.01,   1000.00,  0,   CREDIT_REVIEW,        true",
      "ACTIVE,       CREDIT,     0,   1200.01,   1000.00,  3,   CREDIT_REVIEW,        true",
      "ACTIVE,       CREDIT,     0,   600000.00, 500000.00, 0,  CREDIT_REVIEW,        false",
      "ACTIVE,       CREDIT,     0,   0.01,      0.00,     0,   CREDIT_REVIEW,        true",
  })
  void decides(String status, String settlement, int days, double exposure, double limit, int warnings,
      String decision, boolean supervisor) {
    Map<String, Object> result = decide(status, settlement, days, exposure, limit, warnings);
    assertThat(result.get("decision")).isEqualTo(decision);
    assertThat(result.get("supervisorRequired")).isEqualTo(supervisor);
    assertThat((String) result.get("reason")).isNotBlank();
  }
}
