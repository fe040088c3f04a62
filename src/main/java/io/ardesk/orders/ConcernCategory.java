package io.ardesk.orders;

/** What a problem after shipment is about: the deck's dispute sources (docs/domain.md §10), as complaints use them. */
public enum ConcernCategory {
  QUALITY, QUANTITY, DELIVERY_TIME, DELIVERY_PROCESS, STOCK, SHIPPING_DOCUMENTS, AFTER_SALES_SERVICE, BILLING
}
