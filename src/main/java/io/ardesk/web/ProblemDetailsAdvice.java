package io.ardesk.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.importing.CharsetRefusedException;
import io.ardesk.ledger.importing.ImportRejectedException;
import io.ardesk.web.input.PlainDecimalDeserializer.RefusedNumberException;
import io.ardesk.web.input.RequestSizeLimitFilter.PayloadTooLargeException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into RFC 7807 problem details: 400 unreadable or mistyped input, 403 not allowed,
 * 404 unknown number, 409 conflict with what the ledger holds, 413 body too large, 415 a charset not
 * read, 422 broken rule, invalid field (Bean Validation, refused numbers, too long) or bad import rows.
 * Every problem carries an {@code errors} array naming the field (and, for imports, the line and
 * column). No stack traces, SQL or class names leave the server.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail importRejected(ImportRejectedException e) {
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Import rejected",
        "The file has " + e.errors().size() + " errors; nothing of it was imported.");
    problem.setProperty("errors", e.errors().stream().map(err -> {
      var map = new java.util.LinkedHashMap<String, Object>();
      map.put("line", err.line());
      map.put("column", err.column());
      map.put("message", err.message());
      return map;
    }).toList());
    return problem;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", e.getMessage());
    problem.setProperty("errors", e.problems().stream().map(p -> error(p.field(), p.message())).toList());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    var problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    var problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  /**
   * A value longer than its column (SQL state 22001) is the caller's fault (422); the request records
   * check every length first, this is the net under them. Anything else: two requests changed the same
   * record at once, or raced for the same number: try again (409).
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
        log.info("value too long for its column: {}", e.toString());
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input",
            "A value is longer than the field allows.");
      }
    }
    return concurrent(e);
  }

  /** Two requests changed the same record at once, or raced for the same number: try again. */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrent(RuntimeException e) {
    log.info("concurrent change refused: {}", e.toString());
    return problem(HttpStatus.CONFLICT, "Conflict", "Someone changed the same record at the same time; try again.");
  }

  /** A four-eyes rule refused the decision (not a supervisor, the requester itself, already decided). */
  @ExceptionHandler(ApprovalRefusedException.class)
  ProblemDetail approvalRefused(ApprovalRefusedException e) {
    var problem = problem(HttpStatus.FORBIDDEN, "Approval refused", e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(io.ardesk.collections.NotPermittedException.class)
  ProblemDetail notPermitted(io.ardesk.collections.NotPermittedException e) {
    var problem = problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    String detail = e.getMessage() == null || e.getMessage().equals("Access Denied")
        ? "Your groups do not allow this request." : e.getMessage();
    return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    String message = "'" + e.getValue() + "' is not a valid value";
    var problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getName() + ": " + message);
    problem.setProperty("errors", List.of(error(e.getName(), message)));
    return problem;
  }

  /** A CSV file in a charset AR Desk does not read. */
  @ExceptionHandler(CharsetRefusedException.class)
  ProblemDetail unsupportedCharset(CharsetRefusedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    log.error("unexpected error in the API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "The request could not be completed; the error has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
    }
    RefusedNumberException refused = cause(e, RefusedNumberException.class);
    if (refused != null) {
      String field = field(refused);
      var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", field + " " + refused.reason());
      problem.setProperty("errors", List.of(error(field, refused.reason())));
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
    if (limit != null) {
      JsonMappingException mapping = cause(e, JsonMappingException.class);
      String field = mapping == null || mapping.getPath().isEmpty() ? null : field(mapping);
      String message = "exceeds a limit of the JSON reader (number, text or nesting too long)";
      var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input",
          (field == null ? "The request body " : field + " ") + message);
      problem.setProperty("errors", List.of(error(field, message)));
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    var problem = problem(HttpStatus.BAD_REQUEST, "Bad request", "The request body is not readable JSON.");
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = field(mapping);
      String message = "has a value of the wrong type or format";
      problem.setDetail(field + " " + message);
      problem.setProperty("errors", List.of(error(field, message)));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", "Some fields are invalid.");
    problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(f -> error(f.getField(), f.getDefaultMessage())).toList());
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getParameterName() + " is required");
    problem.setProperty("errors", List.of(error(e.getParameterName(), "is required")));
    return ResponseEntity.badRequest().body(problem);
  }

  private static ProblemDetail tooLarge(PayloadTooLargeException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", e.getMessage());
  }

  /** The JSON path of a mapping problem as the API names fields: {@code invoiceNos[0]}, {@code a.b}. */
  private static String field(JsonMappingException mapping) {
    var sb = new StringBuilder();
    for (var ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static Map<String, Object> error(String field, String message) {
    var map = new java.util.LinkedHashMap<String, Object>();
    map.put("field", field);
    map.put("message", message);
    return map;
  }
}
