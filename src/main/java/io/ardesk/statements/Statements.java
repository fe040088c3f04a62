package io.ardesk.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.ledger.report.AgingService;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of account (對帳, docs/domain.md §11): which customers get one, what it says (SQL sums over
 * the ledger as of the period's dates), and the customer's answer. A statement is written once per
 * customer and closing month and its content never changes afterwards.
 */
@Service
@Transactional
public class Statements {
  /** Every document of the customer up to :to, signed: invoices, charges and reversals +, credits −. */
  private static final String DOCUMENTS = """
      select issue_date as doc_date, 0 as sort_key, kind as type, invoice_no as document_no,
             contract_no as reference, effective_due_date as due_date, currency, amount as signed_amount, created_at
        from invoice where customer_id = :customerId and issue_date <= :to
      union all
      select document_date, 1, kind, document_no, invoice_refs, cast(null as date), currency,
             case when kind = 'REVERSAL' then amount else -amount end, created_at
        from credit_document where customer_id = :customerId and document_date <= :to
      """;

  /**
   * The documents an earlier statement showed or carried in its opening balance: dated by the end of
   * the previous statement's period and posted before it was made (:prevTo, :prevCut); without a
   * previous statement, those dated before the period.
   */
  private static final String ON_EARLIER = "d.doc_date <= :prevTo and d.created_at <= :prevCut";

  /** Payments and credit notes not used by :to (those reversed by then left none). */
  private static final String ON_ACCOUNT = """
      select d.currency, sum(d.amount - coalesce((select sum(a.amount) from allocation a
                                                   where a.credit_document_id = d.id and a.allocated_on <= :to), 0))
             as on_account
        from credit_document d
       where d.customer_id = :customerId and d.kind in ('PAYMENT', 'CREDIT_NOTE') and d.document_date <= :to
         and not exists (select 1 from credit_document r where r.reverses_id = d.id and r.document_date <= :to)
       group by d.currency
      """;

  private static final String COLUMNS = """
      customer_no, statement_month, period_from, period_to, cadence, currency, opening_balance, closing_balance,
      status, delivery, prepared_on, sent_on, reminded_on, answered_on, signer_name, answer_recorded_by,
      answer_note, disputed_invoices, complaint_no, content_json,
      (select c.file_name from statement_signed_copy c where c.statement_id = statement.id) as signed_copy
      """;

  /** Scans of the signed statement: PDF or image, at most 5 MB. */
  static final java.util.Set<String> SIGNED_COPY_TYPES = java.util.Set.of("application/pdf", "image/png", "image/jpeg");
  static final int SIGNED_COPY_MAX_BYTES = 5 * 1024 * 1024;

  /** The customer's signed copy of a statement. */
  public record SignedCopy(String fileName, String contentType, byte[] content, String uploadedBy) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final AgingService aging;
  private final LedgerAdministrators administrators;
  private final ObjectMapper json;
  private final Clock clock;
  private final io.ardesk.collections.CollectionsProperties collections;

  Statements(NamedParameterJdbcTemplate jdbc, CustomerRepository customers, AgingService aging,
      LedgerAdministrators administrators, ObjectMapper json, Clock clock,
      io.ardesk.collections.CollectionsProperties collections) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.aging = aging;
    this.administrators = administrators;
    this.json = json;
    this.clock = clock;
    this.collections = collections;
  }

  /** The period a statement closing with {@code month} covers for a cadence. */
  public static LocalDate periodFrom(YearMonth month, StatementCadence cadence) {
    return cadence == StatementCadence.QUARTERLY ? month.minusMonths(2).atDay(1) : month.atDay(1);
  }

  /** Cadences whose statements close with {@code month}: quarterly ones at a quarter's end only. */
  public static List<StatementCadence> cadencesClosing(YearMonth month) {
    return month.getMonthValue() % 3 == 0
        ? List.of(StatementCadence.MONTHLY, StatementCadence.QUARTERLY) : List.of(StatementCadence.MONTHLY);
  }

  /**
   * Customers due a statement closing with {@code month} that have none yet: by their cadence, with
   * documents in the period or a balance open at its end. One SQL, in customer number order.
   */
  @Transactional(readOnly = true)
  public List<String> customersDue(YearMonth month) {
    var params = new MapSqlParameterSource("month", month.toString())
        .addValue("cadences", cadencesClosing(month).stream().map(Enum::name).toList())
        .addValue("monthFrom", month.atDay(1)).addValue("quarterFrom", month.minusMonths(2).atDay(1))
        .addValue("to", month.atEndOfMonth());
    return jdbc.queryForList("""
        select x.customer_no from (
          select c.id, c.customer_no,
                 coalesce(c.statement_cadence, case when c.key_account then 'MONTHLY' else 'QUARTERLY' end) as cadence
            from customer c) x
         where x.cadence in (:cadences)
           and not exists (select 1 from statement s where s.customer_id = x.id and s.statement_month = :month)
           and (exists (select 1 from invoice i where i.customer_id = x.id and i.issue_date <= :to
                          and (i.issue_date >= case when x.cadence = 'MONTHLY' then :monthFrom else :quarterFrom end
                               or i.settled_on is null or i.settled_on > :to))
                or exists (select 1 from credit_document d where d.customer_id = x.id and d.document_date <= :to
                          and (d.document_date >= case when x.cadence = 'MONTHLY' then :monthFrom else :quarterFrom end
                               or (d.kind in ('PAYMENT', 'CREDIT_NOTE') and d.unapplied_amount > 0)))
                or exists (select 1 from invoice i where i.customer_id = x.id and i.created_at > (select max(s.created_at)
                             from statement s where s.customer_id = x.id and s.statement_month < :month))
                or exists (select 1 from credit_document d where d.customer_id = x.id and d.created_at > (select
                             max(s.created_at) from statement s where s.customer_id = x.id and s.statement_month < :month)))
         order by x.customer_no
        """, params, String.class);
  }

  /**
   * Makes the statement of the customer closing with {@code month}, once: empty when it exists
   * already (a second run for the same period makes nothing new).
   */
  public Optional<StatementView> prepare(String customerNo, YearMonth month) {
    Customer customer = customers.lockByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    if (find(customerNo, month).isPresent()) {
      return Optional.empty();
    }
    StatementCadence cadence = customer.getStatementCadence() == StatementCadence.QUARTERLY
        ? StatementCadence.QUARTERLY : StatementCadence.MONTHLY;
    StatementContent content = content(customer, month, periodFrom(month, cadence), LocalDate.now(clock));
    var own = content.currencies().stream().filter(c -> c.currency().equals(customer.getCurrency())).findFirst();
    var params = new MapSqlParameterSource("customerId", customer.getId()).addValue("customerNo", customerNo)
        .addValue("month", month.toString()).addValue("from", content.from()).addValue("to", content.to())
        .addValue("cadence", cadence.name()).addValue("currency", customer.getCurrency())
        .addValue("opening", own.map(StatementContent.CurrencySection::openingBalance).orElse(Amounts.ZERO))
        .addValue("closing", own.map(StatementContent.CurrencySection::closingBalance).orElse(Amounts.ZERO))
        .addValue("language", content.language()).addValue("content", write(content))
        .addValue("status", StatementStatus.PREPARED.name()).addValue("preparedOn", content.statementDate())
        .addValue("createdAt", LocalDateTime.now(clock));
    jdbc.update("""
        insert into statement (customer_id, customer_no, statement_month, period_from, period_to, cadence, currency,
            opening_balance, closing_balance, language, content_json, status, prepared_on, created_at)
        values (:customerId, :customerNo, :month, :from, :to, :cadence, :currency, :opening, :closing, :language,
            :content, :status, :preparedOn, :createdAt)
        """, params);
    return find(customerNo, month);
  }

  /**
   * What the statement of {@code month} says, computed from the ledger as it is now (not stored). The
   * statements chain (docs/domain.md §11): the opening balance is the closing balance of the customer's
   * previous statement (the documents dated by its period's end and posted before it was made), and
   * the lines are every other document dated by this period's end, among them documents dated in an
   * earlier statement's period but posted after it was made, marked as posted late. So every document
   * appears on exactly one statement and each opening equals the previous closing.
   */
  @Transactional(readOnly = true)
  public StatementContent content(Customer customer, YearMonth month, LocalDate from, LocalDate statementDate) {
    LocalDate to = month.atEndOfMonth();
    var previous = jdbc.query("""
        select period_to, created_at from statement where customer_id = :customerId and statement_month < :month
         order by statement_month desc fetch first 1 rows only""",
        new MapSqlParameterSource("customerId", customer.getId()).addValue("month", month.toString()),
        (rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDateTime.class)})
        .stream().findFirst();
    var params = new MapSqlParameterSource("customerId", customer.getId()).addValue("from", from).addValue("to", to)
        .addValue("prevTo", previous.map(p -> (LocalDate) p[0]).orElse(from.minusDays(1)))
        .addValue("prevCut", previous.map(p -> (LocalDateTime) p[1]).orElse(LocalDateTime.of(9999, 12, 31, 0, 0)));
    Map<String, BigDecimal> opening = sums("select d.currency, sum(d.signed_amount) as amount from (" + DOCUMENTS
        + ") d where " + ON_EARLIER + " group by d.currency", params);
    Map<String, BigDecimal> closing = sums("select d.currency, sum(d.signed_amount) as amount from (" + DOCUMENTS
        + ") d group by d.currency", params);
    Map<String, BigDecimal> onAccount = sums(ON_ACCOUNT.replace("as on_account", "as amount"), params);
    Map<String, List<StatementContent.Line>> lines = new LinkedHashMap<>();
    Map<String, BigDecimal[]> running = new LinkedHashMap<>();
    jdbc.query("select d.*, case when d.doc_date <= :prevTo then 1 else 0 end as posted_late from (" + DOCUMENTS
        + ") d where not (" + ON_EARLIER + ")"
        + " order by d.currency, d.doc_date, d.sort_key, d.document_no", params, rs -> {
          String currency = rs.getString("currency");
          BigDecimal[] r = running.computeIfAbsent(currency,
              c -> new BigDecimal[] {opening.getOrDefault(c, Amounts.ZERO), Amounts.ZERO, Amounts.ZERO});
          BigDecimal signed = Amounts.round(rs.getBigDecimal("signed_amount"));
          r[0] = r[0].add(signed);
          BigDecimal debit = signed.signum() > 0 ? signed : null;
          BigDecimal credit = signed.signum() < 0 ? signed.negate() : null;
          if (debit != null) r[1] = r[1].add(debit);
          if (credit != null) r[2] = r[2].add(credit);
          lines.computeIfAbsent(currency, c -> new ArrayList<>()).add(new StatementContent.Line(
              rs.getObject("doc_date", LocalDate.class), rs.getString("type"), rs.getString("document_no"),
              rs.getString("reference"), rs.getObject("due_date", LocalDate.class), debit, credit, r[0],
              rs.getInt("posted_late") == 1));
        });
    var currencies = new TreeSet<String>(closing.keySet());
    var sections = new ArrayList<StatementContent.CurrencySection>();
    for (String currency : ordered(currencies, customer.getCurrency())) {
      BigDecimal open = opening.getOrDefault(currency, Amounts.ZERO);
      BigDecimal close = Amounts.round(closing.getOrDefault(currency, Amounts.ZERO));
      List<StatementContent.Line> own = lines.getOrDefault(currency, List.of());
      if (own.isEmpty() && open.signum() == 0 && close.signum() == 0) {
        continue;
      }
      BigDecimal[] r = running.getOrDefault(currency, new BigDecimal[] {open, Amounts.ZERO, Amounts.ZERO});
      Map<String, BigDecimal> buckets = new LinkedHashMap<>();
      aging.aging(to, currency, customer.getCustomerNo()).total().byBucket()
          .forEach((bucket, amount) -> buckets.put(bucket, Amounts.round(amount)));
      buckets.put(StatementContent.ON_ACCOUNT, Amounts.round(onAccount.getOrDefault(currency, Amounts.ZERO)).negate());
      sections.add(new StatementContent.CurrencySection(currency, Amounts.round(open), own, Amounts.round(r[1]),
          Amounts.round(r[2]), close, buckets));
    }
    return new StatementContent(customer.getCustomerNo(), customer.getName(), customer.getContactPerson(),
        customer.getAddress(), language(customer), month.toString(), from, to, statementDate, sections);
  }

  /**
   * The statement of {@code month} as made, or, for a month not made yet, the draft: what the run
   * would make now, with status {@code DRAFT} (not stored).
   */
  @Transactional(readOnly = true)
  public StatementView getOrDraft(String customerNo, YearMonth month) {
    Customer customer = requireCustomer(customerNo);
    return find(customerNo, month).orElseGet(() -> {
      StatementCadence cadence = customer.getStatementCadence() == StatementCadence.QUARTERLY
          ? StatementCadence.QUARTERLY : StatementCadence.MONTHLY;
      StatementContent content = content(customer, month, periodFrom(month, cadence), LocalDate.now(clock));
      var own = content.currencies().stream().filter(c -> c.currency().equals(customer.getCurrency())).findFirst();
      return new StatementView(customerNo, month.toString(), content.from(), content.to(), cadence.name(),
          customer.getCurrency(), own.map(StatementContent.CurrencySection::openingBalance).orElse(Amounts.ZERO),
          own.map(StatementContent.CurrencySection::closingBalance).orElse(Amounts.ZERO),
          StatementStatus.DRAFT.name(), null, content.statementDate(), null, null, null, null, null, null, List.of(),
          null, null, content);
    });
  }

  /** The customer's statements, newest first. */
  @Transactional(readOnly = true)
  public List<StatementView> list(String customerNo) {
    requireCustomer(customerNo);
    return jdbc.query("select " + COLUMNS + " from statement where customer_no = :customerNo"
        + " order by statement_month desc", new MapSqlParameterSource("customerNo", customerNo), this::view);
  }

  @Transactional(readOnly = true)
  public StatementView get(String customerNo, YearMonth month) {
    requireCustomer(customerNo);
    return find(customerNo, month).orElseThrow(() ->
        new NotFoundException("statement", "month", customerNo + " " + month));
  }

  @Transactional(readOnly = true)
  public Optional<StatementView> find(String customerNo, YearMonth month) {
    return jdbc.query("select " + COLUMNS + " from statement where customer_no = :customerNo and statement_month = :month",
        new MapSqlParameterSource("customerNo", customerNo).addValue("month", month.toString()), this::view)
        .stream().findFirst();
  }

  /** Sent by e-mail ({@code EMAIL}) or printed and posted ({@code POST}); the first time counts. */
  public StatementView markSent(String customerNo, YearMonth month, String delivery) {
    update(customerNo, month, "status = :status, delivery = :delivery, sent_on = :today",
        "status = 'PREPARED'", Map.of("status", StatementStatus.SENT.name(), "delivery", delivery));
    return get(customerNo, month);
  }

  /** No answer in time: a reminder went out. */
  public StatementView markReminded(String customerNo, YearMonth month) {
    update(customerNo, month, "status = :status, reminded_on = :today", "status = 'SENT'",
        Map.of("status", StatementStatus.REMINDED.name()));
    return get(customerNo, month);
  }

  /** Still no answer after credit's call. */
  public StatementView markNoAnswer(String customerNo, YearMonth month, String actor, String note) {
    var params = new LinkedHashMap<String, Object>();
    params.put("status", StatementStatus.NO_ANSWER.name());
    params.put("actor", actor);
    params.put("note", limit(note, 2000));
    update(customerNo, month, "status = :status, answer_recorded_by = :actor, answer_note = :note",
        "status in ('SENT', 'REMINDED')", params);
    return get(customerNo, month);
  }

  /**
   * The customer signed the statement: date and signer, recorded by a ledger administrator
   * ({@code finance}) only.
   */
  public StatementView confirm(String customerNo, YearMonth month, LocalDate confirmedOn, String signerName,
      String note, String actor) {
    StatementView statement = answerable(customerNo, month, actor);
    var problems = new ArrayList<FieldProblem>();
    if (signerName == null || signerName.isBlank()) {
      problems.add(new FieldProblem("signerName", "the name of the customer's signer is required"));
    } else if (signerName.strip().length() > 200) {
      problems.add(new FieldProblem("signerName", "at most 200 characters"));
    }
    if (confirmedOn == null) {
      problems.add(new FieldProblem("confirmedOn", "the date the customer signed is required"));
    } else if (confirmedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("confirmedOn", "must not be in the future"));
    } else if (confirmedOn.isBefore(statement.preparedOn())) {
      problems.add(new FieldProblem("confirmedOn", "must not be before the statement date " + statement.preparedOn()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("status", StatementStatus.CONFIRMED.name());
    params.put("answeredOn", confirmedOn);
    params.put("signer", signerName.strip());
    params.put("actor", actor);
    params.put("note", limit(note, 2000));
    update(customerNo, month, "status = :status, answered_on = :answeredOn, signer_name = :signer,"
        + " answer_recorded_by = :actor, answer_note = :note", "status in ('SENT', 'REMINDED')", params);
    return get(customerNo, month);
  }

  /**
   * The customer disputed lines: the invoices (or charges) named, each the customer's and on the
   * statement or open at its end. Recorded by a ledger administrator only; the complaint that
   * disputes them is opened by the caller and linked with {@link #linkComplaint}.
   */
  public StatementView dispute(String customerNo, YearMonth month, List<String> invoiceNos, String note,
      String actor) {
    StatementView statement = answerable(customerNo, month, actor);
    List<String> named = invoiceNos == null ? List.of()
        : invoiceNos.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (named.isEmpty()) {
      throw new InvalidInputException("disputedInvoices", "name the invoices the customer disputes");
    }
    if (named.size() > 100) {
      throw new InvalidInputException("disputedInvoices", "at most 100 invoices");
    }
    Customer customer = requireCustomer(customerNo);
    List<String> known = jdbc.queryForList("select invoice_no from invoice where customer_id = :customerId"
        + " and invoice_no in (:numbers) and issue_date <= :to", new MapSqlParameterSource("customerId", customer.getId())
        .addValue("numbers", named).addValue("to", statement.periodTo()), String.class);
    List<String> unknown = named.stream().filter(n -> !known.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("disputedInvoices", "not invoices of " + customerNo + " on this statement: "
          + String.join(", ", unknown));
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("status", StatementStatus.DISPUTED.name());
    params.put("invoices", String.join(", ", named));
    params.put("actor", actor);
    params.put("note", limit(note, 2000));
    update(customerNo, month, "status = :status, answered_on = :today, disputed_invoices = :invoices,"
        + " answer_recorded_by = :actor, answer_note = :note", "status in ('SENT', 'REMINDED')", params);
    return get(customerNo, month);
  }

  /**
   * Keeps the scan of the statement the customer signed (PDF, PNG or JPEG, at most 5 MB), replacing an
   * earlier one; by a ledger administrator only, once the statement was sent.
   */
  public StatementView attachSignedCopy(String customerNo, YearMonth month, String fileName, String contentType,
      byte[] content, String actor) {
    if (actor == null || !administrators.isLedgerAdministrator(actor)) {
      throw new ApprovalRefusedException("signedCopy", "only a ledger administrator (finance) keeps the signed copy;"
          + " " + actor + " is not one");
    }
    StatementView statement = get(customerNo, month);
    String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    var problems = new ArrayList<FieldProblem>();
    if (!SIGNED_COPY_TYPES.contains(type)) {
      problems.add(new FieldProblem("contentType", "the signed copy must be application/pdf, image/png or image/jpeg"));
    }
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem("content", "the signed copy is empty"));
    } else if (content.length > SIGNED_COPY_MAX_BYTES) {
      problems.add(new FieldProblem("content", "the signed copy is larger than 5 MB"));
    }
    if ("PREPARED".equals(statement.status())) {
      problems.add(new FieldProblem("status", "the statement has not been sent yet"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String name = fileName == null || fileName.isBlank() ? "signed-" + customerNo + "-" + month
        + (type.equals("application/pdf") ? ".pdf" : type.equals("image/png") ? ".png" : ".jpg")
        : limit(fileName.replaceAll("[\\r\\n\"/\\\\]", "_"), 200);
    Long id = jdbc.queryForObject("select id from statement where customer_no = :customerNo and statement_month = :month",
        new MapSqlParameterSource("customerNo", customerNo).addValue("month", month.toString()), Long.class);
    var params = new MapSqlParameterSource("id", id).addValue("name", name).addValue("type", type)
        .addValue("content", content).addValue("at", LocalDateTime.now(clock)).addValue("by", actor);
    jdbc.update("delete from statement_signed_copy where statement_id = :id", params);
    jdbc.update("insert into statement_signed_copy (statement_id, file_name, content_type, content, uploaded_at,"
        + " uploaded_by) values (:id, :name, :type, :content, :at, :by)", params);
    return get(customerNo, month);
  }

  @Transactional(readOnly = true)
  public Optional<SignedCopy> signedCopy(String customerNo, YearMonth month) {
    get(customerNo, month);
    return jdbc.query("select c.file_name, c.content_type, c.content, c.uploaded_by from statement_signed_copy c"
        + " join statement s on s.id = c.statement_id where s.customer_no = :customerNo and s.statement_month = :month",
        new MapSqlParameterSource("customerNo", customerNo).addValue("month", month.toString()),
        (rs, n) -> new SignedCopy(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"),
            rs.getString("uploaded_by"))).stream().findFirst();
  }

  public void linkComplaint(String customerNo, YearMonth month, String complaintNo) {
    update(customerNo, month, "complaint_no = :complaintNo", "status = 'DISPUTED'", Map.of("complaintNo", complaintNo));
  }

  private StatementView answerable(String customerNo, YearMonth month, String actor) {
    if (actor == null || !administrators.isLedgerAdministrator(actor)) {
      throw new ApprovalRefusedException("answer", "only a ledger administrator (finance) records the answer to a"
          + " statement; " + actor + " is not one");
    }
    StatementView statement = get(customerNo, month);
    if (!List.of("SENT", "REMINDED").contains(statement.status())) {
      throw new InvalidInputException("answer", "the statement " + customerNo + " " + month + " is "
          + statement.status() + ": no answer can be recorded");
    }
    return statement;
  }

  private void update(String customerNo, YearMonth month, String set, String when, Map<String, Object> values) {
    var params = new MapSqlParameterSource(values).addValue("customerNo", customerNo)
        .addValue("month", month.toString()).addValue("today", LocalDate.now(clock));
    jdbc.update("update statement set " + set + " where customer_no = :customerNo and statement_month = :month and "
        + when, params);
  }

  private Customer requireCustomer(String customerNo) {
    return customers.byCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  private Map<String, BigDecimal> sums(String sql, MapSqlParameterSource params) {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    jdbc.query(sql, params, rs -> {
      result.put(rs.getString("currency"), Amounts.orZero(rs.getBigDecimal("amount")));
    });
    return result;
  }

  private static List<String> ordered(TreeSet<String> currencies, String own) {
    var result = new ArrayList<String>();
    if (currencies.remove(own)) {
      result.add(own);
    }
    result.addAll(currencies);
    return result;
  }

  private String language(Customer customer) {
    return collections.letterLanguage(customer.getLanguage());
  }

  private String write(StatementContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statement content", e);
    }
  }

  private StatementView view(ResultSet rs, int n) throws SQLException {
    StatementContent content;
    try {
      content = json.readValue(rs.getString("content_json"), StatementContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statement content", e);
    }
    String disputed = rs.getString("disputed_invoices");
    return new StatementView(rs.getString("customer_no"), rs.getString("statement_month"),
        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
        rs.getString("cadence"), rs.getString("currency"), Amounts.round(rs.getBigDecimal("opening_balance")),
        Amounts.round(rs.getBigDecimal("closing_balance")), rs.getString("status"), rs.getString("delivery"),
        rs.getObject("prepared_on", LocalDate.class), rs.getObject("sent_on", LocalDate.class),
        rs.getObject("reminded_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
        rs.getString("signer_name"), rs.getString("answer_recorded_by"), rs.getString("answer_note"),
        disputed == null ? List.of() : Arrays.stream(disputed.split(",\\s*")).toList(), rs.getString("complaint_no"),
        rs.getString("signed_copy"), content);
  }

  private static String limit(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() > max ? t.substring(0, max - 3) + "..." : t;
  }
}
