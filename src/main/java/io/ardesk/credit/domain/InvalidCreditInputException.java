package io.ardesk.credit.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Inputs of a credit assessment that are missing or out of range, every one of them. */
public class InvalidCreditInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidCreditInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCreditInputException(problems);
    }
  }
}
