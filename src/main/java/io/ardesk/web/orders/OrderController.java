package io.ardesk.web.orders;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.Limits;
import io.ardesk.orders.CreditOutcome;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrderView;
import io.ardesk.orders.Shipment;
import io.ardesk.workflow.orders.OrderIntake;
import io.ardesk.workflow.orders.OrderMessages;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import org.springframework.web.util.UriUtils;

/** Orders and their credit decision, shipment and cancellation (docs/domain.md §7, order-to-cash). */
@RestController
@RequestMapping("/api/orders")
public class OrderController {

  static final String ANY_ROLE_GROUP =
      "hasAnyRole('SALES','FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')";

  private final OrderIntake intake;
  private final OrderMessages messages;
  private final OrderService orders;

  OrderController(OrderIntake intake, OrderMessages messages, OrderService orders) {
    this.intake = intake;
    this.messages = messages;
    this.orders = orders;
  }

  public record OrderRequest(@Size(max = Limits.DOCUMENT_NO) String orderNo,
      @Size(max = Limits.CUSTOMER_NO) String customerNo, LocalDate orderDate,
      @Amount BigDecimal amount,
      @Size(max = Limits.CURRENCY) String currency, LocalDate requestedShipDate) {}

  public record Decision(String orderNo, CreditOutcome decision, OrderStatus status, BigDecimal availableCredit,
      List<String> reasons) {}

  @Operation(summary = "Enter an order (訂貨審查)",
      description = "Registers the order, starts order-to-cash (business key = order number) and answers with the"
          + " credit decision: APPROVED, CREDIT_REVIEW, HOLD, PREPAYMENT_REQUIRED or REJECTED, the customer's"
          + " available credit before this order (limit − open receivables − approved orders not yet invoiced) and"
          + " the reasons. A number already taken is 409; invalid fields are 422, each named.")
  @PostMapping
  @PreAuthorize("hasAnyRole('SALES','ADMIN')")
  public ResponseEntity<Decision> enter(@RequestBody(required = false) @Valid OrderRequest request,
      Authentication user) {
    if (request == null) {
      throw new InvalidInputException("orderNo", "send the order as JSON");
    }
    OrderView order = intake.receive(new NewOrder(request.orderNo(), request.customerNo(), request.orderDate(),
        request.amount(), request.currency(), request.requestedShipDate()), user.getName());
    return ResponseEntity.created(URI.create("/api/orders/" + UriUtils.encodePathSegment(order.orderNo(), "UTF-8")))
        .body(new Decision(order.orderNo(), order.decision(), order.status(), order.availableCredit(),
            order.reasons()));
  }

  @Operation(summary = "An order: status, decision, invoice and history")
  @GetMapping("/{orderNo}")
  @PreAuthorize(ANY_ROLE_GROUP)
  public OrderView get(@PathVariable String orderNo) {
    return orders.view(orderNo);
  }

  public record ShipmentRequest(LocalDate shipDate, @Size(max = Limits.DOCUMENT_NO) String invoiceNo,
      @Amount BigDecimal amount) {}

  @Operation(summary = "Confirm an order's shipment (from an ERP)",
      description = "The same as the sales task 'Confirm shipment': the invoice is created in the ledger, issued on"
          + " the ship date and due after the customer's payment terms. Only an approved order ships (409 otherwise);"
          + " the amount may not exceed the approved order amount.")
  @PostMapping("/{orderNo}/shipment")
  @PreAuthorize("hasAnyRole('SALES','ADMIN')")
  public OrderView ship(@PathVariable String orderNo, @RequestBody(required = false) @Valid ShipmentRequest request,
      Authentication user) {
    if (request == null) {
      throw new InvalidInputException("shipDate", "send the ship date, invoice number and amount");
    }
    messages.confirmShipment(orderNo, new Shipment(request.shipDate(), request.invoiceNo(), request.amount()),
        user.getName());
    return orders.view(orderNo);
  }

  public record CancellationRequest(@Size(max = Limits.NOTE) String reason) {}

  @Operation(summary = "Cancel an order before shipment",
      description = "An order received, in review, on hold or approved may be cancelled with a reason; a shipped or"
          + " finished one may not (409).")
  @PostMapping("/{orderNo}/cancellation")
  @PreAuthorize("hasAnyRole('SALES','CREDIT','ADMIN')")
  public OrderView cancel(@PathVariable String orderNo,
      @RequestBody(required = false) @Valid CancellationRequest request,
      Authentication user) {
    messages.cancel(orderNo, request == null ? null : request.reason(), user.getName());
    return orders.view(orderNo);
  }
}
