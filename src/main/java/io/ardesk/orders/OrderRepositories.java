package io.ardesk.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {
  Optional<SalesOrder> findByOrderNo(String orderNo);

  List<SalesOrder> findByInvoiceNo(String invoiceNo);

  List<SalesOrder> findByInvoiceNoInOrderByIdAsc(java.util.Collection<String> invoiceNos);

  List<SalesOrder> findByCustomerNoAndStatusOrderByIdAsc(String customerNo, OrderStatus status);

  List<SalesOrder> findByCustomerNoInAndStatusOrderByIdAsc(java.util.Collection<String> customerNos,
      OrderStatus status);

  @Query("select coalesce(sum(o.amount), 0) from SalesOrder o where o.customerNo = ?1 and o.status = ?2")
  BigDecimal sumAmount(String customerNo, OrderStatus status);
}

interface OrderEventRepository extends JpaRepository<OrderEvent, Long> {
  @Query("select e from OrderEvent e where e.order = ?1 order by e.occurredAt, e.id")
  List<OrderEvent> history(SalesOrder order);
}

interface OrderConcernRepository extends JpaRepository<OrderConcern, Long> {
  Optional<OrderConcern> findByOrderAndInquiry(SalesOrder order, Inquiry inquiry);

  List<OrderConcern> findByOrderOrderByIdAsc(SalesOrder order);
}
