package io.ardesk.web;

import io.ardesk.ledger.importing.ImportResult;
import io.ardesk.ledger.importing.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports: UTF-8, header row in any order, comma, RFC 4180 quotes, ISO dates, '.' decimals.
 * All or nothing: any bad row answers 422 with every bad row listed, and nothing is written.
 * Re-importing the same rows creates nothing.
 */
@RestController
@RequestMapping(path = "/api/imports", consumes = "text/csv")
public class ImportController {
  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @PostMapping("/customers")
  @PreAuthorize(Roles.WRITE_CUSTOMERS)
  @Operation(summary = "Import customers: customer_no,name[,currency,payment_terms_days,credit_limit,"
      + "settlement_method,email,language,contact_person,principal,phone,address,salesperson,territory,founded_on]; "
      + "credit columns only by credit")
  public ImportResult customers(@RequestBody(required = false) byte[] body, Authentication caller) {
    String csv = utf8(body);
    if (!Roles.mayWriteCreditFields(caller)) {
      List<String> credit = ImportService.header(csv).stream()
          .filter(ImportService.CUSTOMER_CREDIT_COLUMNS::contains).toList();
      if (!credit.isEmpty()) {
        throw new AccessDeniedException("only the credit department may import " + String.join(", ", credit));
      }
    }
    return imports.importCustomers(new StringReader(csv), caller.getName());
  }

  @PostMapping("/invoices")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Import invoices: invoice_no,customer_no,issue_date,amount[,due_date,currency,contract_no]")
  public ImportResult invoices(@RequestBody(required = false) byte[] body, Authentication caller) {
    return imports.importInvoices(new StringReader(utf8(body)), caller.getName());
  }

  @PostMapping("/payments")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Import payments: payment_no,customer_no,payment_date,amount[,invoice_no,method]; "
      + "invoice_no may list several numbers separated by ';'. Rows are posted in file order.")
  public ImportResult payments(@RequestBody(required = false) byte[] body, Authentication caller) {
    return imports.importPayments(new StringReader(utf8(body)), caller.getName());
  }

  /** The body is UTF-8 whatever charset the request claims or omits. */
  private static String utf8(byte[] body) {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }
}
