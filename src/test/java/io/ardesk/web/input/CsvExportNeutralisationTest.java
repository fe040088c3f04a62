package io.ardesk.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The aging CSV export writes a customer name such as {@code =HYPERLINK(…)} as text, never as a live formula. */
@IntegrationTest
class CsvExportNeutralisationTest {
  @LocalServerPort int port;

  @Test
  void formulaNamesAreTextAndNumbersStayNumbers() {
    var carol = new Http(port).asDemo("carol");
    var frank = new Http(port).asDemo("frank");
    String no = TestNumbers.unique("CSV");
    String name = "=HYPERLINK(\"http://evil.example\",\"Pay here\")";
    assertThat(carol.postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":"
        + "\"=HYPERLINK(\\\"http://evil.example\\\",\\\"Pay here\\\")\"}").statusCode()).isEqualTo(201);
    assertThat(frank.postJson("/api/invoices", "{\"invoiceNo\":\"" + no + "-1\",\"customerNo\":\"" + no
        + "\",\"issueDate\":\"2013-05-01\",\"dueDate\":\"2013-05-31\",\"amount\":500.00}").statusCode()).isEqualTo(201);

    var csv = frank.get("/api/reports/aging?asOf=2013-06-30&customerNo=" + no, "Accept", "text/csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    String line = csv.body().split("\r\n")[1];
    assertThat(line).startsWith(no + ",\"'" + name.replace("\"", "\"\"") + "\",500.00,0.00,500.00,");
  }
}
