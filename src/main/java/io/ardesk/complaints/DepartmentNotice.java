package io.ardesk.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Step 12: a department told about a complaint and the preventive action it records. */
@Entity
@Table(name = "complaint_department")
public class DepartmentNotice extends ComplaintPart {
  @Enumerated(EnumType.STRING)
  private Department department;

  private LocalDateTime chosenAt;
  private String chosenBy;
  private String preventiveAction;
  private LocalDateTime recordedAt;
  private String recordedBy;

  protected DepartmentNotice() {}

  DepartmentNotice(Complaint complaint, Department department, LocalDateTime chosenAt, String chosenBy) {
    super(complaint);
    this.department = department;
    this.chosenAt = chosenAt;
    this.chosenBy = chosenBy;
  }

  void recordPreventiveAction(String action, LocalDateTime at, String by) {
    preventiveAction = action;
    recordedAt = at;
    recordedBy = by;
  }

  public Department getDepartment() { return department; }
  public LocalDateTime getChosenAt() { return chosenAt; }
  public String getChosenBy() { return chosenBy; }
  public String getPreventiveAction() { return preventiveAction; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
}
