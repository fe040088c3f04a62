package io.ardesk.workflow.orders;

/** Names of {@code order-to-cash}: process id, messages and the variables others send with them. */
public final class OrderProcess {
  private OrderProcess() {}

  public static final String PROCESS = "order-to-cash";

  /** The customer was released from hold, or paid: held orders are decided again. */
  public static final String CREDIT_SITUATION_CHANGED = "CreditSituationChanged";
  /** Shipment confirmed by an ERP through the API (sales confirm it with the task instead). */
  public static final String SHIPMENT_CONFIRMED = "ShipmentConfirmed";
  public static final String ORDER_CANCELLED = "OrderCancelled";
  /** The customer may not receive goods now: an order waiting for shipment goes on hold. */
  public static final String SUPPLY_STOPPED = "SupplyStopped";
  /** The order's invoice is settled: the instance ends. */
  public static final String PAYMENT_RECEIVED = "PaymentReceived";

  /** An extension moved the effective due date of the order's invoice: the waiting timers are set anew. */
  public static final String DUE_DATE_MOVED = "DueDateMoved";

  static final String ORDER_NO = "orderNo";
  static final String REMINDER_DONE = "reminderDone";
  static final String HELD_SINCE = "heldSince";
  static final String CUSTOMER_NO = "customerNo";
  static final String REGISTERED = "orderRegistered";
  static final String SHIP_DATE = "shipDate";
  static final String INVOICE_NO = "invoiceNo";
  static final String SHIPPED_AMOUNT = "shippedAmount";
  static final String SHIPPED_BY = "shippedBy";
}
