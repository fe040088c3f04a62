package io.ardesk.complaints;

import java.util.List;

/** Complaint input that breaks a rule; every problem names the field (or form field) it is about. */
public class ComplaintInputException extends RuntimeException {
  private final List<FieldProblem> problems;

  public ComplaintInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
        .orElse("invalid complaint input"));
    this.problems = List.copyOf(problems);
  }

  public ComplaintInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String message) {}
}
