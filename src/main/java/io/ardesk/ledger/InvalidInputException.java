package io.ardesk.ledger;

import java.util.List;

/** Input that breaks a ledger rule; every problem names the field it is about. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String message) {}
}
