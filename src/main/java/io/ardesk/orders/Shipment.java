package io.ardesk.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shipment confirmed by sales or an ERP: the invoice to create (建立檔案). */
public record Shipment(LocalDate shipDate, String invoiceNo, BigDecimal amount) {}
