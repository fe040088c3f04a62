package io.ardesk.web.complaints;

import io.ardesk.complaints.ComplaintInputException;
import io.ardesk.complaints.ComplaintNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 answers for the complaint API's own errors, in the shape of the ledger's problem details:
 * 422 with an {@code errors} array naming each field, 404 for an unknown complaint number. Anything
 * else falls through to the application's general problem-details advice.
 */
@RestControllerAdvice(assignableTypes = ComplaintController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ComplaintProblems {

  @ExceptionHandler(ComplaintInputException.class)
  ProblemDetail invalid(ComplaintInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("Invalid input");
    problem.setProperty("errors", e.problems().stream().map(p -> error(p.field(), p.message())).toList());
    return problem;
  }

  @ExceptionHandler(ComplaintNotFoundException.class)
  ProblemDetail notFound(ComplaintNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    problem.setProperty("errors", List.of(error("complaintNo", e.getMessage())));
    return problem;
  }

  private static Map<String, String> error(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }
}
