package io.ardesk.orders;

/** The two calls sales makes after shipment (處理拖欠過程 steps 4 and 5). */
public enum Inquiry {
  /** 貨物收到查詢: goods received, quantity and documents right? */
  RECEIPT,
  /** 對貨物滿意度查詢: is the customer satisfied? */
  SATISFACTION
}
