package io.ardesk.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CSV imports are decoded in the charset the request declares (UTF-8 when none): a GBK file from a
 * Chinese ERP and a Big5 file from Taiwan import their Chinese names intact; bytes that are not valid
 * in the charset are 422 naming the line; a charset AR Desk does not read is 415. The import's limits
 * are the API's: digits of amounts and lengths of texts (422 naming line and column).
 */
@IntegrationTest
class ImportCharsetApiTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void aGbkFileImportsItsChineseNames() throws Exception {
    String no = TestNumbers.unique("GBK");
    String name = "上海华东贸易有限公司";
    byte[] file = ("customer_no,name,address\n" + no + "," + name + ",\"上海市浦东新区, 世纪大道100号\"\n")
        .getBytes(Charset.forName("GBK"));
    var response = carol().postBytes("/api/imports/customers", "text/csv; charset=GBK", file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode customer = body(carol().get("/api/customers/" + no));
    assertThat(customer.get("name").asText()).isEqualTo(name);
    assertThat(customer.get("address").asText()).isEqualTo("上海市浦东新区, 世纪大道100号");
  }

  @Test
  void aGb18030FileImports() throws Exception {
    String no = TestNumbers.unique("GB18030");
    String name = "广州南方电子有限公司";
    var response = carol().postBytes("/api/imports/customers", "text/csv;charset=\"GB18030\"",
        ("customer_no,name\n" + no + "," + name + "\n").getBytes(Charset.forName("GB18030")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(body(carol().get("/api/customers/" + no)).get("name").asText()).isEqualTo(name);
  }

  @Test
  void aBig5FileImportsItsTraditionalChineseNames() throws Exception {
    String no = TestNumbers.unique("BIG5");
    String name = "臺北精密機械股份有限公司";
    byte[] file = ("customer_no,name\r\n" + no + "," + name + "\r\n").getBytes(Charset.forName("Big5"));
    var response = carol().postBytes("/api/imports/customers", "text/csv; charset=Big5", file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(body(carol().get("/api/customers/" + no)).get("name").asText()).isEqualTo(name);
  }

  @Test
  void invalidUtf8IsRefusedNamingTheLineAndNothingIsImported() throws Exception {
    String good = TestNumbers.unique("UTF");
    String bad = TestNumbers.unique("UTF");
    var file = new ByteArrayOutputStream();
    file.writeBytes(("customer_no,name\n" + good + ",Fine Ltd\n" + bad + ",Bad ").getBytes(StandardCharsets.UTF_8));
    file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    file.writeBytes(" Ltd\n".getBytes(StandardCharsets.UTF_8));
    var response = carol().postBytes("/api/imports/customers", "text/csv", file.toByteArray());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode error = body(response).get("errors").get(0);
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).contains("UTF-8");
    assertThat(carol().get("/api/customers/" + good).statusCode()).isEqualTo(404);
  }

  @Test
  void aGbkFileSentAsUtf8IsRefusedNotImportedAsGarbage() throws Exception {
    String no = TestNumbers.unique("GBK");
    byte[] file = ("customer_no,name\n" + no + ",Plain Ltd\n" + no + "X,北京贸易公司\n")
        .getBytes(Charset.forName("GBK"));
    var response = carol().postBytes("/api/imports/customers", "text/csv", file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(body(response).get("errors").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(carol().get("/api/customers/" + no).statusCode()).isEqualTo(404);
  }

  @Test
  void otherCharsetsAre415() throws Exception {
    byte[] file = "customer_no,name\nX,Y\n".getBytes(StandardCharsets.ISO_8859_1);
    var latin = carol().postBytes("/api/imports/customers", "text/csv; charset=ISO-8859-1", file);
    assertThat(latin.statusCode()).isEqualTo(415);
    assertThat(body(latin).get("detail").asText()).contains("GBK").contains("Big5");
    assertThat(carol().postBytes("/api/imports/customers", "text/csv; charset=no-such-charset", file).statusCode())
        .isEqualTo(415);
  }

  @Test
  void importedRowsKeepTheApisLimits() throws Exception {
    String no = TestNumbers.unique("LIM");
    var response = carol().post("/api/imports/customers", "text/csv",
        "customer_no,name,credit_limit\n"
            + no + "," + "N".repeat(201) + ",\n"
            + no + "B,Fine,1234567890123456\n"
            + no + "C,Fine,10.005\n"
            + no + "D,Fine,1e5\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(body(response).get("errors")).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
        .containsExactly("2:name", "3:credit_limit", "4:credit_limit", "5:credit_limit");
  }

  @Test
  void aFieldBeyondTheCsvLimitIsRefusedWithItsLine() throws Exception {
    var response = frank().post("/api/imports/invoices", "text/csv",
        "invoice_no,customer_no,issue_date,amount\nI,C,2024-01-01,1.00\n\"" + "x".repeat(200_000)
            + "\",C,2024-01-01,1\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(body(response).get("errors")).anySatisfy(error -> {
      assertThat(error.get("line").asInt()).isEqualTo(3);
      assertThat(error.get("message").asText()).contains("longer than");
    });
  }

  private Http carol() {
    return new Http(port).asDemo("carol");
  }

  private Http frank() {
    return new Http(port).asDemo("frank");
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
