package io.ardesk.web;

import io.ardesk.ledger.importing.ImportCharsets;
import io.ardesk.ledger.importing.ImportResult;
import io.ardesk.ledger.importing.ExchangeRateImport;
import io.ardesk.ledger.importing.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports: UTF-8 or the charset the request declares (GBK, GB18030, Big5), header row in any order,
 * comma, RFC 4180 quotes, ISO dates, '.' decimals. The body is read as a stream, never whole.
 * All or nothing: any bad row answers 422 with every bad row listed, and nothing is written.
 * Re-importing the same rows creates nothing.
 */
@RestController
@RequestMapping(path = "/api/imports", consumes = "text/csv")
public class ImportController {
  /** Characters the customer import looks ahead for the header (credit columns). */
  private static final int HEADER_LOOK_AHEAD = 1 << 15;

  private final ImportService imports;
  private final ExchangeRateImport exchangeRates;

  ImportController(ImportService imports, ExchangeRateImport exchangeRates) {
    this.imports = imports;
    this.exchangeRates = exchangeRates;
  }

  @PostMapping("/customers")
  @PreAuthorize(Roles.WRITE_CUSTOMERS)
  @Operation(summary = "Import customers: customer_no,name[,currency,payment_terms_days,credit_limit,"
      + "settlement_method,email,language,contact_person,principal,phone,address,salesperson,territory,founded_on]; "
      + "credit columns only by credit",
      requestBody = @RequestBody(content = @Content(mediaType = "text/csv",
          schema = @Schema(type = "string", format = "binary"))))
  public ImportResult customers(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
      Authentication caller) throws IOException {
    var csv = new BufferedReader(reader(body, type), 1 << 16);
    if (!Roles.mayWriteCreditFields(caller)) {
      csv.mark(HEADER_LOOK_AHEAD);
      List<String> credit = ImportService.header(new BoundedReader(csv, HEADER_LOOK_AHEAD)).stream()
          .filter(ImportService.CUSTOMER_CREDIT_COLUMNS::contains).toList();
      csv.reset();
      if (!credit.isEmpty()) {
        throw new AccessDeniedException("only the credit department may import " + String.join(", ", credit));
      }
    }
    return imports.importCustomers(csv, caller.getName());
  }

  @PostMapping("/invoices")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Import invoices: invoice_no,customer_no,issue_date,amount[,due_date,currency,contract_no]",
      requestBody = @RequestBody(content = @Content(mediaType = "text/csv",
          schema = @Schema(type = "string", format = "binary"))))
  public ImportResult invoices(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
      Authentication caller) {
    return imports.importInvoices(reader(body, type), caller.getName());
  }

  @PostMapping("/payments")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Import payments: payment_no,customer_no,payment_date,amount[,invoice_no,method]; "
      + "invoice_no may list several numbers separated by ';'. Rows are posted in file order.",
      requestBody = @RequestBody(content = @Content(mediaType = "text/csv",
          schema = @Schema(type = "string", format = "binary"))))
  public ImportResult payments(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
      Authentication caller) {
    return imports.importPayments(reader(body, type), caller.getName());
  }

  @PostMapping("/exchange-rates")
  @PreAuthorize(Roles.WRITE_EXCHANGE_RATES)
  @Operation(summary = "Import exchange rates: currency,rate_date,rate (units of the base currency for one unit"
      + " of the currency on that day); an imported rate is not changed",
      requestBody = @RequestBody(content = @Content(mediaType = "text/csv",
          schema = @Schema(type = "string", format = "binary"))))
  public ImportResult exchangeRates(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
      Authentication caller) {
    return exchangeRates.importRates(reader(body, type), caller.getName());
  }

  /**
   * The body decoded in the charset the request declares ({@code text/csv; charset=GBK}), UTF-8 when
   * it declares none; invalid bytes fail the import with their line, nothing is replaced.
   */
  private static Reader reader(InputStream body, MediaType type) {
    String charset = type.getParameter("charset");
    if (charset != null && charset.length() > 1 && charset.startsWith("\"") && charset.endsWith("\"")) {
      charset = charset.substring(1, charset.length() - 1);
    }
    return ImportCharsets.reader(body, ImportCharsets.forName(charset));
  }

  /** At most {@code limit} characters of a reader: the header is looked at within the mark. */
  private static final class BoundedReader extends FilterReader {
    private int left;

    BoundedReader(Reader in, int limit) {
      super(in);
      this.left = limit - 1;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      left--;
      return super.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // the import goes on reading
    }
  }
}
