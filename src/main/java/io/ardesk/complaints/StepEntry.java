package io.ardesk.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of a complaint's step log: what a step recorded, who, when. */
@Entity
@Table(name = "complaint_step")
public class StepEntry extends ComplaintPart {
  private Integer stepNo;

  @Enumerated(EnumType.STRING)
  private Step step;

  private LocalDateTime recordedAt;
  private String recordedBy;
  private String outcome;
  private String details;

  protected StepEntry() {}

  StepEntry(Complaint complaint, Step step, String recordedBy, LocalDateTime recordedAt, String outcome,
      String details) {
    super(complaint);
    this.stepNo = step.number();
    this.step = step;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.outcome = outcome;
    this.details = details;
  }

  public Integer getStepNo() { return stepNo; }
  public Step getStep() { return step; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public String getOutcome() { return outcome; }
  public String getDetails() { return details; }
}
