package io.ardesk.web.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.NotPermittedException;
import io.ardesk.complaints.ComplaintInputException;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The three mappers find AR Desk's refusal wherever the engine wrapped it (a listener's exception inside
 * the engine's, inside engine REST's; a delegate's unwrapped or inside a step's message) and leave every
 * other error to Camunda.
 */
class EngineRestRefusalsMapperTest {

  @Test
  void aListenersInputRefusalWrappedByTheEngineAndEngineRestIs422NamingEveryField() {
    var refused = new ComplaintInputException(List.of(new FieldProblem("metWith", "is required"),
        new FieldProblem("reasons", "is required")));
    var engine = new ProcessEngineException("Exception while invoking TaskListener: " + refused.getMessage(), refused);
    var rest = new RestException(Response.Status.INTERNAL_SERVER_ERROR, engine, "Cannot submit task form t1: …");

    Response response = new EngineRestRefusals.RestExceptions().toResponse(rest);

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(body(response)).containsEntry("type", "ComplaintInputException")
        .containsEntry("message", "metWith: is required; reasons: is required").containsEntry("code", 0)
        .containsEntry("errors", List.of(Map.of("field", "metWith", "message", "is required"),
            Map.of("field", "reasons", "message", "is required")));
  }

  @Test
  void aDelegatesPermissionRefusalInsideAStepsMessageIs403WithTheReason() {
    var refused = new NotPermittedException("customerNo", "only credit lifts a hold it did not place");
    var step = new IllegalStateException("Lift the hold for customer C-1 failed: " + refused.getMessage(), refused);

    Response response = new EngineRestRefusals.AnyException().toResponse(step);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(body(response)).containsEntry("type", "NotPermittedException")
        .containsEntry("message", "only credit lifts a hold it did not place");
  }

  @Test
  void aConflictIs409() {
    var engine = new ProcessEngineException("Exception while invoking TaskListener",
        new ConflictException("invoiceNo", "invoice INV-1 is already reversed"));
    Response response = new EngineRestRefusals.EngineExceptions().toResponse(engine);
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response)).containsEntry("message", "invoiceNo: invoice INV-1 is already reversed");
  }

  @Test
  void everyOtherErrorIsCamundasAnswer() {
    var engine = new ProcessEngineException("Cannot find task with id t9: task is null");
    Response mapped = new EngineRestRefusals.RestExceptions()
        .toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR, engine, "Cannot complete task t9"));
    assertThat(mapped.getStatus()).isEqualTo(500);
    assertThat(mapped.getEntity()).isInstanceOfSatisfying(ExceptionDto.class,
        dto -> assertThat(dto.getType()).isEqualTo("RestException"));
    Response plain = new EngineRestRefusals.AnyException().toResponse(new IllegalStateException("boom"));
    assertThat(plain.getStatus()).isEqualTo(500);
    assertThat(plain.getEntity()).isInstanceOfSatisfying(ExceptionDto.class,
        dto -> assertThat(dto.getType()).isEqualTo("IllegalStateException"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
