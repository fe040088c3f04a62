package io.ardesk.workflow.demo;

/**
 * The hook for order-to-cash: a bean of this type places the demo file's orders (through its own
 * intake, so they wait for credit review as a real order would). Without one, the loader skips them.
 */
public interface DemoOrders {

  /** Places the order unless it exists already; called once per order of the file. */
  void place(DemoData.Order order);
}
