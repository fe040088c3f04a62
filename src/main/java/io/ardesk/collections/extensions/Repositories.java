package io.ardesk.collections.extensions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {
  Optional<ExtensionRequest> findByRequestNo(String requestNo);

  /** The customer's requests made since a moment (the rolling window of the supervisor threshold). */
  List<ExtensionRequest> findByCustomerNoAndRequestedAtGreaterThanEqual(String customerNo, java.time.LocalDateTime since);
}

interface ExtensionItemRepository extends JpaRepository<ExtensionItem, Long> {
  List<ExtensionItem> findByRequestIdOrderByIdAsc(Long requestId);

  /** The running request (if any) that holds one of these invoices. */
  @Query("""
      select r.requestNo, i.invoiceNo from ExtensionItem i, ExtensionRequest r
       where r.id = i.requestId and i.invoiceNo in ?1 and r.status in ?2""")
  List<Object[]> findRunning(Collection<String> invoiceNos, Collection<ExtensionStatus> running);
}

interface ExtensionChargeRepository extends JpaRepository<ExtensionCharge, Long> {
  List<ExtensionCharge> findByRequestIdOrderByIdAsc(Long requestId);

  Optional<ExtensionCharge> findByRequestIdAndKind(Long requestId, ExtensionCharge.Kind kind);
}
