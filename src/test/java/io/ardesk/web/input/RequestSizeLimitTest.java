package io.ardesk.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Request bodies over {@code ardesk.max-request-size} (20 MB by default) are answered 413, never read whole. */
@IntegrationTest
class RequestSizeLimitTest {
  static final long TWENTY_MB = 20L * 1024 * 1024;

  @LocalServerPort int port;

  @Test
  void aDeclaredLengthOverTheLimitIsAnswered413BeforeTheBodyIsSent() throws Exception {
    String authorization = Base64.getEncoder().encodeToString(
        ("frank:" + Http.demoPassword("frank")).getBytes(StandardCharsets.UTF_8));
    String status = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try (Socket socket = new Socket("localhost", port)) {
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        // the headers only: a server that waited for the 30 MB would time out here
        out.write(("POST /api/imports/invoices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + authorization
            + "\r\nContent-Type: text/csv\r\nContent-Length: " + (30L * 1024 * 1024) + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String statusLine = reader.readLine();
        StringBuilder headers = new StringBuilder();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
          headers.append(line.toLowerCase()).append('\n');
        }
        assertThat(headers.toString()).contains("content-type: application/problem+json");
        return statusLine;
      }
    });
    assertThat(status).startsWith("HTTP/1.1 413");
  }

  @Test
  void aChunkedBodyIsCountedAndRefusedWhenItPassesTheLimit() throws Exception {
    // header row, then blank lines (which an import skips): the import reads on until the limit stops it
    byte[] header = "invoice_no,customer_no,issue_date,amount\n".getBytes(StandardCharsets.US_ASCII);
    long total = TWENTY_MB + 512 * 1024;
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/invoices"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("frank:" + Http.demoPassword("frank")).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new BlankLines(header, total)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("ardesk.max-request-size");
  }

  @Test
  void theFilterRefusesByLengthAndByCount() throws Exception {
    var filter = new RequestSizeLimitFilter(10);
    var declared = new MockHttpServletRequest("POST", "/api/x");
    declared.setContent(new byte[11]);
    var refused = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    filter.doFilter(declared, refused, chain);
    assertThat(refused.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).as("not passed on").isNull();

    var undeclared = new MockHttpServletRequest("POST", "/api/x") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    undeclared.setContent(new byte[11]);
    var passed = new MockFilterChain();
    filter.doFilter(undeclared, new MockHttpServletResponse(), passed);
    InputStream body = passed.getRequest().getInputStream();
    assertThat(body.readNBytes(10)).hasSize(10);
    assertThatThrownBy(body::read).isInstanceOf(RequestSizeLimitFilter.PayloadTooLargeException.class);
  }

  /** A header line, then newlines up to {@code total} bytes, produced as read. */
  static final class BlankLines extends InputStream {
    private final byte[] header;
    private final long total;
    private long position;

    BlankLines(byte[] header, long total) {
      this.header = header;
      this.total = total;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      int b = position < header.length ? header[(int) position] : '\n';
      position++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }
}
