package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.language.TeamLanguage;
import org.junit.jupiter.api.Test;

/** The values in the names of the credit review's and the statement's tasks, as the team writes them. */
class TaskNamesTest {

  @Test
  void theStatementsMonthAndTheCreditLimitsFollowTheLanguage() {
    TeamLanguage chinese = new TeamLanguage("zh-TW");
    assertThat(TaskNames.value("month", "2026-11", chinese)).isEqualTo("2026年11月");
    assertThat(TaskNames.value("month", "2026-11", TeamLanguage.english())).isEqualTo("2026-11");
    assertThat(TaskNames.value("recommendedLimit", "80000.00", chinese)).isEqualTo("80,000.00");
    assertThat(TaskNames.value("decidedLimitText", "1234567.5", TeamLanguage.english())).isEqualTo("1,234,567.50");
    assertThat(TaskNames.value("customerName", "2026-11", chinese)).as("other variables as they are").isEqualTo("2026-11");
    assertThat(chinese.text("task.statement.print", TaskNames.value("month", "2026-11", chinese), "港灣之光貿易"))
        .isEqualTo("列印並寄出給港灣之光貿易的 2026年11月 對帳單");
  }
}
