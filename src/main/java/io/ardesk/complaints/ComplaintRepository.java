package io.ardesk.complaints;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByComplaintNo(String complaintNo);

  Optional<Complaint> findBySourceAndSourceReference(ComplaintSource source, String sourceReference);

  /** Whether another complaint still holds a dispute on the invoice. */
  @Query("""
      select count(i) > 0 from ComplaintInvoice i
      where i.invoiceNo = :invoiceNo and i.complaint.id <> :complaintId
        and i.disputedAt is not null and i.releasedAt is null""")
  boolean disputedByAnother(String invoiceNo, Long complaintId);
}
