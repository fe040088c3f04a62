package io.ardesk.web.engine;

import io.ardesk.collections.NotPermittedException;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How engine REST answers a refusal of AR Desk's own rules that a task listener or a delegate raised
 * while a user completed a task or submitted a form (Tasklist does both through engine REST). Camunda
 * wraps it ("Exception while invoking TaskListener: …", "Cannot submit task form …") and answers 500;
 * here the cause chain is searched for one of AR Desk's exceptions and, if one is there, the answer is
 * <ul>
 *   <li>422 for input that breaks a rule ({@link InvalidInputException} and its kinds,
 *       {@link InvalidCreditInputException}, a number that names nothing ({@link NotFoundException}: the
 *       task exists, the form named something that does not)),</li>
 *   <li>403 for a permission refusal ({@link NotPermittedException}, {@link ApprovalRefusedException}:
 *       the second-person rules),</li>
 *   <li>409 for a contradiction with what the ledger holds ({@link ConflictException}),</li>
 * </ul>
 * in Camunda's error shape, which Tasklist shows: {@code {"type", "message", "code"}}, the message naming
 * the field ({@code discountPercent: a discount above 0 …; payBy: …}), plus an {@code errors} array of
 * {@code {field, message}} like the API's problem details. The command failed, so its transaction is rolled
 * back: nothing is posted and the task stays open. Anything else goes to Camunda's own mapper, unchanged.
 */
public final class EngineRestRefusals {
  private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

  private EngineRestRefusals() {}

  /** Camunda's mapper for {@link RestException} (what task complete and submit-form rethrow). */
  public static class RestExceptions extends RestExceptionHandler implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).orElseGet(() -> super.toResponse(exception));
    }
  }

  /** Camunda's mapper for {@link ProcessEngineException} (a listener's exception, wrapped by the engine). */
  public static class EngineExceptions extends ProcessEngineExceptionHandler
      implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).orElseGet(() -> super.toResponse(exception));
    }
  }

  /** Camunda's mapper for everything else (a delegate's exception, which the engine passes on unwrapped). */
  public static class AnyException extends ExceptionHandler implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return refusal(exception).orElseGet(() -> super.toResponse(exception));
    }
  }

  /** The answer to the first of AR Desk's refusals in the cause chain, if there is one. */
  static Optional<Response> refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Response.StatusType status;
      List<Map<String, Object>> errors;
      String message;
      if (t instanceof InvalidInputException e) {
        status = unprocessable();
        errors = e.problems().stream().map(p -> error(p.field(), p.message())).toList();
        message = named(errors);
      } else if (t instanceof InvalidCreditInputException e) {
        status = unprocessable();
        errors = e.problems().stream().map(p -> error(p.field(), p.message())).toList();
        message = named(errors);
      } else if (t instanceof NotFoundException e) {
        status = unprocessable();
        errors = List.of(error(e.field(), e.getMessage()));
        message = named(errors);
      } else if (t instanceof ApprovalRefusedException e) {
        status = Response.Status.FORBIDDEN;
        errors = List.of(error(e.field(), e.getMessage()));
        message = e.getMessage();
      } else if (t instanceof NotPermittedException e) {
        status = Response.Status.FORBIDDEN;
        errors = List.of(error(e.field(), e.getMessage()));
        message = e.getMessage();
      } else if (t instanceof ConflictException e) {
        status = Response.Status.CONFLICT;
        errors = List.of(error(e.field(), e.getMessage()));
        message = named(errors);
      } else {
        continue;
      }
      log.info("engine REST refused ({}): {}", status.getStatusCode(), message);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", t.getClass().getSimpleName());
      body.put("message", message);
      body.put("code", code(thrown));
      body.put("errors", errors);
      return Optional.of(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
    return Optional.empty();
  }

  private static Response.StatusType unprocessable() {
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return 422;
      }

      @Override
      public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
      }

      @Override
      public String getReasonPhrase() {
        return "Unprocessable Entity";
      }
    };
  }

  /** The code of the engine exception that wrapped the refusal (Camunda's fallback 0 if none did). */
  private static int code(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException engine) {
        return engine.getCode();
      }
    }
    return 0;
  }

  /** {@code field: message; field: message}, or the message alone where no field is named. */
  private static String named(List<Map<String, Object>> errors) {
    return errors.stream().map(e -> e.get("field") == null ? String.valueOf(e.get("message"))
        : e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
  }

  private static Map<String, Object> error(String field, String message) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("field", field);
    map.put("message", message);
    return map;
  }
}
