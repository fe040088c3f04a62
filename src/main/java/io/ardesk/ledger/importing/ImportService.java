package io.ardesk.ledger.importing;

import io.ardesk.ledger.BatchOutcome;
import io.ardesk.ledger.LedgerProperties;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of customers, invoices and payments (a reader decoded by {@link ImportCharsets}, header
 * row, comma, RFC 4180 quotes, ISO dates, '.' decimals; every row checked against the request
 * records' Bean Validation limits, like the API). One file is one transaction: any bad row rejects the whole file with every
 * bad row listed, and nothing is written. Rows already there with the same content count as
 * unchanged; the same number with other content is an error. Rows are posted in file order, a
 * chunk at a time (see the services' {@code importAll}), by the same rules as one at a time.
 */
@Service
public class ImportService {
  /** Column layouts: required columns, then optional ones. Any other header is an error. */
  public static final Layout CUSTOMERS = new Layout(List.of("customer_no", "name"),
      List.of("currency", "payment_terms_days", "credit_limit", "settlement_method", "email", "language",
          "contact_person", "principal", "phone", "address", "salesperson", "territory", "founded_on",
          "grade", "bank_account", "ledger_administrator", "key_account"));
  public static final Layout INVOICES = new Layout(List.of("invoice_no", "customer_no", "issue_date", "amount"),
      List.of("due_date", "currency", "contract_no"));
  public static final Layout PAYMENTS = new Layout(List.of("payment_no", "customer_no", "payment_date", "amount"),
      List.of("invoice_no", "method", "currency"));
  /** Customer columns only the credit department may set. */
  public static final Set<String> CUSTOMER_CREDIT_COLUMNS =
      Set.of("payment_terms_days", "credit_limit", "settlement_method", "grade");

  private static final int MAX_ERRORS = 1000;

  private final CustomerService customers;
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final EntityManager entityManager;
  private final Validator validator;
  private final int chunkSize;

  ImportService(CustomerService customers, InvoiceService invoices, PaymentService payments,
      EntityManager entityManager, Validator validator, LedgerProperties properties) {
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.entityManager = entityManager;
    this.validator = validator;
    this.chunkSize = properties.importChunkSize();
  }

  public record Layout(List<String> required, List<String> optional) {
    boolean knows(String column) {
      return required.contains(column) || optional.contains(column);
    }
  }

  @Transactional
  public ImportResult importCustomers(Reader csv, String actor) {
    return run(csv, CUSTOMERS, row -> new NewCustomer(
        row.required("customer_no"), row.required("name"), row.text("address"), row.text("contact_person"),
        row.text("principal"), row.text("phone"), row.text("email"), row.text("bank_account"),
        row.text("currency"), row.choice("settlement_method", SettlementMethod.class),
        row.integer("payment_terms_days"), row.amount("credit_limit", false), row.text("grade"), null, null,
        row.text("salesperson"), row.text("territory"), row.text("ledger_administrator"),
        row.date("founded_on", false), row.bool("key_account"), row.text("language")),
        chunk -> customers.importAll(chunk, actor));
  }

  @Transactional
  public ImportResult importInvoices(Reader csv, String actor) {
    return run(csv, INVOICES, row -> new NewInvoice(
        row.required("invoice_no"), row.required("customer_no"), row.date("issue_date", true),
        row.amount("amount", true), row.date("due_date", false), row.text("currency"),
        row.text("contract_no")),
        chunk -> invoices.importAll(chunk, actor));
  }

  @Transactional
  public ImportResult importPayments(Reader csv, String actor) {
    return run(csv, PAYMENTS, row -> new NewPayment(
        row.required("payment_no"), row.required("customer_no"), row.date("payment_date", true),
        row.amount("amount", true), invoiceNos(row.text("invoice_no")),
        row.choice("method", PaymentMethod.class), row.text("currency")),
        chunk -> payments.importAll(chunk, actor));
  }

  /** The header of a file: its first record (nothing when it cannot be read; the import says why). */
  public static List<String> header(Reader csv) {
    try {
      var first = new CsvReader(csv).next();
      return first == null ? List.of() : first.stream().map(String::trim).toList();
    } catch (CsvReader.CsvFormatException e) {
      return List.of();
    }
  }

  /**
   * Reads the file and posts its well-formed rows in chunks of {@code ardesk.ledger.import-chunk-size}
   * rows, in file order; each chunk is written with a few batched statements and leaves the
   * persistence context empty, so memory does not grow with the file. Every bad row is reported,
   * sorted by line; any bad row rolls the whole file back.
   */
  private <R> ImportResult run(Reader csv, Layout layout, Function<CsvRow, R> parse,
      Function<List<R>, List<BatchOutcome>> post) {
    var errors = new ArrayList<LineError>();
    var chunk = new Chunk<R>(post, errors);
    var reader = new CsvReader(csv instanceof BufferedReader ? csv : new BufferedReader(csv, 1 << 16));
    // the invoice balances a chunk of payments changes go out in batches too
    entityManager.unwrap(Session.class).setJdbcBatchSize(chunkSize);
    Integer stoppedAt = null;
    try {
      Map<String, Integer> header = header(reader, layout, errors);
      if (!errors.isEmpty()) {
        throw new ImportRejectedException(errors);
      }
      for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
        if (errors.size() >= MAX_ERRORS) {
          stoppedAt = reader.line();
          break;
        }
        if (cells.isEmpty()) {
          continue;
        }
        int line = reader.line();
        if (cells.size() != header.size()) {
          errors.add(new LineError(line, null,
              "has " + cells.size() + " fields, the header has " + header.size()));
          continue;
        }
        int before = errors.size();
        R request = parse.apply(new CsvRow(line, header, cells, errors));
        if (errors.size() == before) {
          validate(line, request, errors);
        }
        if (errors.size() == before && chunk.add(line, request) == chunkSize) {
          chunk.post();
        }
      }
    } catch (CsvReader.CsvFormatException e) {
      errors.add(new LineError(e.line(), null, e.getMessage()));
    }
    chunk.post();
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(firstErrors(errors, stoppedAt));
    }
    return new ImportResult(chunk.created, chunk.unchanged);
  }

  /**
   * The limits of the request records, as the API checks them (amount digits, positive amounts,
   * lengths of the columns), each reported with the row's line and the column.
   */
  private <R> void validate(int line, R request, List<LineError> errors) {
    validator.validate(request).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> {
          String path = v.getPropertyPath().toString();
          int bracket = path.indexOf('[');
          errors.add(new LineError(line, column(bracket < 0 ? path : path.substring(0, bracket)), v.getMessage()));
        });
  }

  /** Rows read but not posted yet, with their lines; posting them counts them or reports them. */
  private final class Chunk<R> {
    private final Function<List<R>, List<BatchOutcome>> post;
    private final List<LineError> errors;
    private final List<Integer> lines = new ArrayList<>();
    private final List<R> requests = new ArrayList<>();
    private int created;
    private int unchanged;

    Chunk(Function<List<R>, List<BatchOutcome>> post, List<LineError> errors) {
      this.post = post;
      this.errors = errors;
    }

    int add(int line, R request) {
      lines.add(line);
      requests.add(request);
      return requests.size();
    }

    void post() {
      if (requests.isEmpty()) {
        return;
      }
      List<BatchOutcome> outcomes = post.apply(requests);
      for (int i = 0; i < outcomes.size(); i++) {
        var outcome = outcomes.get(i);
        int line = lines.get(i);
        if (outcome.refused()) {
          outcome.problems().forEach(p -> errors.add(new LineError(line, column(p.field()), p.message())));
        } else if (outcome.created()) {
          created++;
        } else {
          unchanged++;
        }
      }
      lines.clear();
      requests.clear();
      // what the events' listeners changed goes out now, and nothing stays managed
      entityManager.flush();
      entityManager.clear();
    }
  }

  /** The errors by line (a line's own in the order found), at most {@link #MAX_ERRORS} of them. */
  private static List<LineError> firstErrors(List<LineError> errors, Integer stoppedAt) {
    var sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(LineError::line));
    if (sorted.size() <= MAX_ERRORS && stoppedAt == null) {
      return sorted;
    }
    int line = sorted.size() > MAX_ERRORS ? sorted.get(MAX_ERRORS).line() : stoppedAt;
    var first = new ArrayList<>(sorted.subList(0, Math.min(MAX_ERRORS, sorted.size())));
    first.add(new LineError(line, null, "too many errors; the rest of the file was not checked"));
    return first;
  }

  private static Map<String, Integer> header(CsvReader reader, Layout layout, List<LineError> errors) {
    List<String> names = reader.next();
    var header = new HashMap<String, Integer>();
    if (names == null || names.isEmpty()) {
      errors.add(new LineError(1, null, "the file has no header row"));
      return header;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      if (!layout.knows(name)) {
        errors.add(new LineError(1, name, "unknown column; expected " + layout.required() + " and optionally "
            + layout.optional()));
      } else if (header.putIfAbsent(name, i) != null) {
        errors.add(new LineError(1, name, "column appears twice"));
      }
    }
    for (String required : layout.required()) {
      if (!header.containsKey(required) && names.stream().noneMatch(n -> n.trim().equals(required))) {
        errors.add(new LineError(1, required, "required column is missing"));
      }
    }
    if (errors.isEmpty() && header.size() != names.size()) {
      errors.add(new LineError(1, null, "the header has empty column names"));
    }
    return header;
  }

  private static List<String> invoiceNos(String cell) {
    if (cell == null) {
      return List.of();
    }
    var numbers = new LinkedHashSet<String>();
    Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(numbers::add);
    return List.copyOf(numbers);
  }

  /** A field of a request ({@code issueDate}) as the CSV column it came from ({@code issue_date}). */
  static String column(String field) {
    if (field == null) {
      return null;
    }
    if (field.equals("invoiceNos")) {
      return "invoice_no";
    }
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
