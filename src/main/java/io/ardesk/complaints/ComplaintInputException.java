package io.ardesk.complaints;

import io.ardesk.ledger.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Complaint input that breaks a rule; every problem names the field (or form field) it is about.
 * The API answers it like any invalid input (422 with {@code errors}); Tasklist shows the message.
 */
public class ComplaintInputException extends InvalidInputException {

  public ComplaintInputException(List<FieldProblem> problems) {
    super(problems);
  }

  public ComplaintInputException(String field, String message) {
    super(field, message);
  }

  /** Every problem with its field: {@code metWith: is required; reasons: is required}. */
  @Override
  public String getMessage() {
    return problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
  }
}
