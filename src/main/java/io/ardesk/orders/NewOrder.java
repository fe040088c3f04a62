package io.ardesk.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An order as it arrives (API, Tasklist start form); the currency defaults to the customer's. */
public record NewOrder(
    String orderNo,
    String customerNo,
    LocalDate orderDate,
    BigDecimal amount,
    String currency,
    LocalDate requestedShipDate) {}
