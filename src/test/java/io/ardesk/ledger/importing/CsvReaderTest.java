package io.ardesk.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

  @Test
  void decodesGbkAndBig5AcrossBufferBoundariesAndNamesTheLineOfInvalidBytes() throws Exception {
    var text = new StringBuilder("customer_no,name\n");
    for (int i = 1; i <= 20_000; i++) {
      text.append("C").append(i).append(",\"東方貿易, 第").append(i).append("號\"\n");
    }
    for (String charset : List.of("GBK", "GB18030", "Big5")) {
      byte[] bytes = text.toString().getBytes(Charset.forName(charset));
      assertThat(new String(bytes, Charset.forName(charset))).as("encodable in " + charset).isEqualTo(text.toString());
      var csv = new CsvReader(ImportCharsets.reader(new ByteArrayInputStream(bytes), ImportCharsets.forName(charset)));
      int records = 0;
      List<String> last = null;
      for (List<String> record = csv.next(); record != null; record = csv.next()) {
        records++;
        last = record;
      }
      assertThat(records).as(charset).isEqualTo(20_001);
      assertThat(last).containsExactly("C20000", "東方貿易, 第20000號");
      assertThat(csv.line()).isEqualTo(20_001);
    }

    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    int at = new String(utf8, StandardCharsets.UTF_8).indexOf("C15000,");
    int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    utf8[byteAt + 8] = (byte) 0xFF;
    var broken = new CsvReader(ImportCharsets.reader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8));
    assertThatThrownBy(() -> {
      while (broken.next() != null) {
        // read on to the bad bytes
      }
    }).isInstanceOf(CsvReader.CsvFormatException.class)
        .satisfies(e -> assertThat(((CsvReader.CsvFormatException) e).line()).isEqualTo(15_001))
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aByteOrderMarkIsSkippedAndCharsetsAreChecked() throws Exception {
    byte[] bom = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    var csv = new CsvReader(ImportCharsets.reader(new ByteArrayInputStream(bom), StandardCharsets.UTF_8));
    assertThat(csv.next()).containsExactly("a", "b");
    assertThat(ImportCharsets.forName(null)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ImportCharsets.forName("gbk")).isEqualTo(Charset.forName("GBK"));
    assertThat(ImportCharsets.forName("BIG5")).isEqualTo(Charset.forName("Big5"));
    assertThatThrownBy(() -> ImportCharsets.forName("ISO-8859-1")).isInstanceOf(CharsetRefusedException.class);
    assertThatThrownBy(() -> ImportCharsets.forName("UTF-16")).isInstanceOf(CharsetRefusedException.class);
    assertThatThrownBy(() -> ImportCharsets.forName("no such")).isInstanceOf(CharsetRefusedException.class);
  }

  @Test
  void hostileRecordsAreRefusedWithTheirLine() {
    var longField = new CsvReader(new StringReader("a\n\"" + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + "\"\n"));
    longField.next();
    assertThatThrownBy(longField::next).isInstanceOf(CsvReader.CsvFormatException.class)
        .satisfies(e -> assertThat(((CsvReader.CsvFormatException) e).line()).isEqualTo(2));
    var wide = new CsvReader(new StringReader("a\n" + ",".repeat(CsvReader.MAX_FIELDS) + "\n"));
    wide.next();
    assertThatThrownBy(wide::next).isInstanceOf(CsvReader.CsvFormatException.class)
        .hasMessageContaining("fields");
  }
}
