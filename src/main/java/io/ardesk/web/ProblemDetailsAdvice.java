package io.ardesk.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ardesk.language.TeamLanguage;
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
 * column). No stack traces, SQL or class names leave the server. Titles, and the details written here,
 * are in the team's language ({@code ardesk.language}); a rule's own message stays as the rule words it.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final TeamLanguage language;

  public ProblemDetailsAdvice(TeamLanguage language) {
    this.language = language;
  }

  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail importRejected(ImportRejectedException e) {
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title("importRejected"),
        language.text("problem.detail.importRejected", String.valueOf(e.errors().size())));
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
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title("invalidInput"), e.getMessage());
    problem.setProperty("errors", e.problems().stream().map(p -> error(p.field(), p.message())).toList());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    var problem = problem(HttpStatus.NOT_FOUND, title("notFound"), e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    var problem = problem(HttpStatus.CONFLICT, title("conflict"), e.getMessage());
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
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, title("invalidInput"),
            language.text("problem.detail.tooLong"));
      }
    }
    return concurrent(e);
  }

  /** Two requests changed the same record at once, or raced for the same number: try again. */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrent(RuntimeException e) {
    log.info("concurrent change refused: {}", e.toString());
    return problem(HttpStatus.CONFLICT, title("conflict"), language.text("problem.detail.concurrent"));
  }

  /** A four-eyes rule refused the decision (not a supervisor, the requester itself, already decided). */
  @ExceptionHandler(ApprovalRefusedException.class)
  ProblemDetail approvalRefused(ApprovalRefusedException e) {
    var problem = problem(HttpStatus.FORBIDDEN, title("approvalRefused"), e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(io.ardesk.collections.NotPermittedException.class)
  ProblemDetail notPermitted(io.ardesk.collections.NotPermittedException e) {
    var problem = problem(HttpStatus.FORBIDDEN, title("forbidden"), e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    String detail = e.getMessage() == null || e.getMessage().equals("Access Denied")
        ? language.text("problem.detail.forbidden") : e.getMessage();
    return problem(HttpStatus.FORBIDDEN, title("forbidden"), detail);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    String message = language.text("problem.detail.notValidValue", String.valueOf(e.getValue()));
    var problem = problem(HttpStatus.BAD_REQUEST, title("badRequest"), e.getName() + ": " + message);
    problem.setProperty("errors", List.of(error(e.getName(), message)));
    return problem;
  }

  /** A CSV file in a charset AR Desk does not read. */
  @ExceptionHandler(CharsetRefusedException.class)
  ProblemDetail unsupportedCharset(CharsetRefusedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, title("unsupportedMediaType"), e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    log.error("unexpected error in the API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, title("internalError"),
        language.text("problem.detail.internalError"));
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
      var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title("invalidInput"), field + " " + refused.reason());
      problem.setProperty("errors", List.of(error(field, refused.reason())));
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
    if (limit != null) {
      JsonMappingException mapping = cause(e, JsonMappingException.class);
      String field = mapping == null || mapping.getPath().isEmpty() ? null : field(mapping);
      String message = language.text("problem.detail.jsonLimit");
      var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title("invalidInput"),
          (field == null ? language.text("problem.detail.jsonBody") : field) + " " + message);
      problem.setProperty("errors", List.of(error(field, message)));
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    var problem = problem(HttpStatus.BAD_REQUEST, title("badRequest"), language.text("problem.detail.unreadable"));
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = field(mapping);
      String message = language.text("problem.detail.wrongType");
      problem.setDetail(field + " " + message);
      problem.setProperty("errors", List.of(error(field, message)));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, title("invalidInput"), language.text("problem.detail.fieldsInvalid"));
    problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(f -> error(f.getField(), f.getDefaultMessage())).toList());
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = problem(HttpStatus.BAD_REQUEST, title("badRequest"),
        language.text("problem.detail.required", e.getParameterName()));
    problem.setProperty("errors", List.of(error(e.getParameterName(), "is required")));
    return ResponseEntity.badRequest().body(problem);
  }

  private ProblemDetail tooLarge(PayloadTooLargeException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, title("payloadTooLarge"), e.getMessage());
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

  /** The title {@code problem.title.<key>} in the team's language. */
  private String title(String key) {
    return language.text("problem.title." + key);
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
