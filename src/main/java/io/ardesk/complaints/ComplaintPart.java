package io.ardesk.complaints;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one complaint: its invoices, step log, departments and credit notes. */
@MappedSuperclass
abstract class ComplaintPart {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id")
  private Complaint complaint;

  protected ComplaintPart() {}

  ComplaintPart(Complaint complaint) {
    this.complaint = complaint;
  }
}
