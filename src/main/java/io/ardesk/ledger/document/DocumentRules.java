package io.ardesk.ledger.document;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.customer.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks every document shares: number, customer, date, amount, currency. */
final class DocumentRules {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern NUMBER = Pattern.compile("[^;\\s][^;]{0,39}");

  private DocumentRules() {}

  static void number(String field, String number, List<FieldProblem> problems) {
    if (number == null || number.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (!NUMBER.matcher(number).matches() || !number.equals(number.trim())) {
      problems.add(new FieldProblem(field, "must be 1 to 40 characters without ';' or surrounding blanks"));
    }
  }

  static void required(String field, Object value, List<FieldProblem> problems) {
    if (value == null || value instanceof String s && s.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    }
  }

  static void positive(String field, BigDecimal amount, List<FieldProblem> problems) {
    if (amount == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (Amounts.round(amount).signum() <= 0) {
      problems.add(new FieldProblem(field, "must be greater than zero"));
    }
  }

  static void currency(String currency, List<FieldProblem> problems) {
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as CNY"));
    }
  }

  static void notBefore(String field, LocalDate date, LocalDate earliest, String what,
      List<FieldProblem> problems) {
    if (date != null && earliest != null && date.isBefore(earliest)) {
      problems.add(new FieldProblem(field, "must not be before the " + what + " " + earliest));
    }
  }

  /** The customer a document names, or a problem on {@code customerNo}. */
  static Customer customer(Function<String, Optional<Customer>> customers, String customerNo,
      List<FieldProblem> problems) {
    if (customerNo == null || customerNo.isBlank()) {
      problems.add(new FieldProblem("customerNo", "is required"));
      return null;
    }
    var customer = customers.apply(customerNo).orElse(null);
    if (customer == null) {
      problems.add(new FieldProblem("customerNo", "customer " + customerNo + " does not exist"));
    }
    return customer;
  }

  static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The distinct non-blank numbers the requests of a batch name. */
  static <R> Set<String> numbers(List<R> requests, Function<R, String> number) {
    var numbers = new HashSet<String>();
    for (R request : requests) {
      String n = number.apply(request);
      if (n != null && !n.isBlank()) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  /** A look-up in what a batch has found: a map of the numbers it looked for. */
  static <T> Function<String, Optional<T>> in(Map<String, T> found) {
    return number -> Optional.ofNullable(found.get(number));
  }

  static String currencyOf(String requested, Customer customer) {
    return requested == null || requested.isBlank() ? customer.getCurrency() : requested;
  }

  static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
