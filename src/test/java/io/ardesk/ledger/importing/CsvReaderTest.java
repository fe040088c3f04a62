package io.ardesk.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    var csv = new CsvReader(new StringReader("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n3,,\n"));
    assertThat(csv.next()).containsExactly("a", "b", "c");
    assertThat(csv.next()).containsExactly("1", "x, \"y\"", "two\nlines");
    assertThat(csv.line()).isEqualTo(2);
    assertThat(csv.next()).isEmpty();
    assertThat(csv.next()).containsExactly("3", "", "");
    assertThat(csv.line()).isEqualTo(5);
    assertThat(csv.next()).isNull();
  }

  @Test
  void lastLineWithoutLineEnd() {
    var csv = new CsvReader(new StringReader("a,b\n1,2"));
    csv.next();
    assertThat(csv.next()).isEqualTo(List.of("1", "2"));
    assertThat(csv.next()).isNull();
  }

  @Test
  void unclosedQuoteAndTextAfterQuoteAreErrorsWithTheirLine() {
    var open = new CsvReader(new StringReader("a\n\"oops\n"));
    open.next();
    assertThatThrownBy(open::next).isInstanceOf(CsvReader.CsvFormatException.class)
        .satisfies(e -> assertThat(((CsvReader.CsvFormatException) e).line()).isEqualTo(2));
    var after = new CsvReader(new StringReader("\"a\"b\n"));
    assertThatThrownBy(after::next).isInstanceOf(CsvReader.CsvFormatException.class);
  }

  @Test
  void columnNamesFollowTheFields() {
    assertThat(ImportService.column("issueDate")).isEqualTo("issue_date");
    assertThat(ImportService.column("invoiceNos")).isEqualTo("invoice_no");
    assertThat(ImportService.column("amount")).isEqualTo("amount");
  }
}
