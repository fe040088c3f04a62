package io.ardesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.language.TeamLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reasons of an order's credit decision in the team's language: every reason the decision table
 * gives has its message, whose English is the table's own wording, and the facts read as the team writes them.
 */
class CreditDecisionReasonsTest {

  static final CreditFacts OVER = new CreditFacts("ACTIVE", "CREDIT", 0, new BigDecimal("20000"), BigDecimal.ZERO,
      new BigDecimal("90000"), new BigDecimal("100000"), List.of("BOUNCED_CHEQUE"));

  @Test
  void everyReasonOfTheTableIsInTheBundles() throws IOException {
    List<String> tableReasons = new ArrayList<>();
    try (InputStream dmn = getClass().getClassLoader().getResourceAsStream("processes/order-credit-decision.dmn")) {
      Matcher text = Pattern.compile("<text>\"([A-Z][a-z][^\"]*)\"</text>")
          .matcher(new String(dmn.readAllBytes(), StandardCharsets.UTF_8));
      while (text.find()) {
        tableReasons.add(text.group(1).replace("&#39;", "'").replace("&apos;", "'"));
      }
    }
    assertThat(tableReasons).hasSize(9);
    assertThat(OrderService.TABLE_REASONS.keySet()).containsExactlyInAnyOrderElementsOf(tableReasons);
    OrderService.TABLE_REASONS.forEach((wording, key) ->
        assertThat(TeamLanguage.english().text(key)).as(key).isEqualTo(wording));
  }

  @Test
  void reasonsInEnglish() {
    assertThat(OrderService.reasons(CreditOutcome.CREDIT_REVIEW, "The customer has open warning signs", OVER,
        TeamLanguage.english())).containsExactly("The customer has open warning signs",
            "Exposure 20,000.00 + order 90,000.00 = 110,000.00 against a limit of 100,000.00 (available credit 80,000.00)",
            "Open warning signs: BOUNCED_CHEQUE");
    assertThat(OrderService.reasons(CreditOutcome.PREPAYMENT_REQUIRED,
        "The customer settles by prepayment or cash, not on credit", OVER, TeamLanguage.english()))
        .containsExactly("The customer settles by prepayment or cash, not on credit",
            "Customer status ACTIVE, settlement CREDIT");
  }

  @Test
  void reasonsInChinese() {
    assertThat(OrderService.reasons(CreditOutcome.CREDIT_REVIEW, "The customer has open warning signs", OVER,
        new TeamLanguage("zh-TW"))).containsExactly("客戶有未解除的警示信號",
            "已用額度 20,000.00 + 訂單 90,000.00 = 110,000.00，信用額度 100,000.00（可用額度 80,000.00）",
            "未解除的警示信號：BOUNCED_CHEQUE");
    assertThat(OrderService.reasons(CreditOutcome.PREPAYMENT_REQUIRED,
        "The customer settles by prepayment or cash, not on credit", OVER, new TeamLanguage("zh-CN")))
        .containsExactly("客户以预收款或现款结算，不采用信用销售", "客户状态 正常，结算方式 信用销售");
    assertThat(OrderService.reasons(CreditOutcome.HOLD, "a reason the table does not give", OVER,
        new TeamLanguage("zh-TW"))).as("a wording of its own stays as it is").containsExactly("a reason the table does not give");
  }
}
