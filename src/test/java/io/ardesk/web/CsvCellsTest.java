package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Text cells of CSV exports cannot start a formula; numbers stay numbers. */
class CsvCellsTest {
  @Test
  void textThatStartsLikeAFormulaGetsAQuote() {
    assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(CsvCells.text("+86 21 5555")).isEqualTo("'+86 21 5555");
    assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.text("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvCells.text("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(CsvCells.text("Harbour Lights, Ltd")).isEqualTo("\"Harbour Lights, Ltd\"");
    assertThat(CsvCells.text("上海 = 好")).isEqualTo("上海 = 好");
    assertThat(CsvCells.text(null)).isEmpty();
  }

  @Test
  void numbersStayNumbersEvenNegative() {
    assertThat(CsvCells.number(new BigDecimal("-1250.00"))).isEqualTo("-1250.00");
    assertThat(CsvCells.number(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(CsvCells.number(-3)).isEqualTo("-3");
    assertThat(CsvCells.number(null)).isEmpty();
  }
}
