package io.ardesk.web.extensions;

import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.ExtensionView;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.Limits;
import io.ardesk.workflow.extensions.ExtensionProcess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Payment extension requests (延期付款, docs/domain.md §8). */
@RestController
@RequestMapping("/api/extension-requests")
public class ExtensionRequestController {

  private final ExtensionProcess process;
  private final ExtensionRequests requests;

  ExtensionRequestController(ExtensionProcess process, ExtensionRequests requests) {
    this.process = process;
    this.requests = requests;
  }

  public record Request(@Size(max = Limits.CUSTOMER_NO) String customerNo,
      @Size(max = 100) List<@Size(max = Limits.DOCUMENT_NO) String> invoiceNos, LocalDate requestedDueDate,
      @Size(max = Limits.NOTE) String reason) {}

  public record Created(String requestNo) {}

  @Operation(summary = "Ask for more time to pay invoices (延期付款)",
      description = "Checks the request (the customer's own open invoices, a date after today and after every"
          + " due date, a reason: 422 naming the field otherwise) and starts its payment-extension process:"
          + " credit check, decision, supervisor approval above ardesk.extensions.supervisor-threshold.")
  @PostMapping
  @PreAuthorize("hasAnyRole('CREDIT','SALES','FINANCE','ADMIN')")
  public ResponseEntity<Created> create(@RequestBody(required = false) @Valid Request request, Authentication user) {
    if (request == null) {
      throw new InvalidInputException("customerNo", "send customerNo, invoiceNos, requestedDueDate and reason");
    }
    String requestNo = process.start(new NewExtensionRequest(request.customerNo(), request.invoiceNos(),
        request.requestedDueDate(), request.reason()), RequestSource.API, user.getName());
    return ResponseEntity.created(URI.create("/api/extension-requests/" + requestNo)).body(new Created(requestNo));
  }

  @Operation(summary = "An extension request",
      description = "Status, invoices, credit check, decision, outcome, charges posted and letters to the customer.")
  @GetMapping("/{requestNo}")
  @PreAuthorize("hasAnyRole('SALES','FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')")
  public ExtensionView get(@PathVariable String requestNo) {
    return requests.view(requestNo);
  }
}
