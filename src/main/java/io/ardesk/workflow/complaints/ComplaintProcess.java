package io.ardesk.workflow.complaints;

import io.ardesk.complaints.Complaint;
import io.ardesk.complaints.ComplaintProperties;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.Department;
import io.ardesk.ledger.customer.CustomerRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What {@code complaint-handling.bpmn} asks in its expressions ({@code ${complaintProcess.…}}): who
 * works a step, when it is due, which departments step 12 tells and which group speaks for each.
 */
@Component("complaintProcess")
public class ComplaintProcess {
  public static final String PROCESS_ID = "complaint-handling";
  /** Process variables: the complaint's number (also the business key) and its customer's number. */
  public static final String COMPLAINT_NO = "complaintNo";
  public static final String CUSTOMER_NO = "customerNo";
  /** Decision inputs of the gateways after steps 9 and 10. */
  public static final String AGREED = "agreed";
  public static final String SATISFIED = "satisfied";
  /** Element variable of step 12: the department key. */
  public static final String DEPARTMENT = "department";

  private final ComplaintService complaints;
  private final CustomerRepository customers;
  private final ComplaintProperties properties;
  private final Clock clock;

  ComplaintProcess(ComplaintService complaints, CustomerRepository customers, ComplaintProperties properties,
      Clock clock) {
    this.complaints = complaints;
    this.customers = customers;
    this.properties = properties;
    this.clock = clock;
  }

  /** The customer's salesperson from the customer master now, else the one at receipt; null leaves it to {@code sales}. */
  public String salesperson(String complaintNo) {
    Complaint complaint = complaints.get(complaintNo);
    return customers.findByCustomerNo(complaint.getCustomerNo()).map(c -> c.getSalesperson())
        .filter(s -> s != null && !s.isBlank()).orElse(complaint.getSalesperson());
  }

  /** Receipt plus {@code ardesk.complaints.first-response-hours}: due date of steps 1 and 2, and the timer. */
  public Date firstResponseDue(String complaintNo) {
    return date(complaints.get(complaintNo).getFirstResponseDue());
  }

  /** Now plus {@code ardesk.complaints.step-due-hours}: due date of the later steps. */
  public Date stepDue() {
    return date(LocalDateTime.now(clock).plusHours(properties.stepDueHours()));
  }

  /** The department keys the supervisor chose in step 11. */
  public List<String> departments(String complaintNo) {
    return complaints.departmentsToNotify(complaintNo).stream().map(Department::key).toList();
  }

  /** The group that records a department's preventive action ({@code ardesk.complaints.department-groups}). */
  public String groupOf(String departmentKey) {
    return properties.groupOf(department(departmentKey));
  }

  static Department department(String key) {
    return Department.ofKey(key).orElseThrow(() -> new IllegalArgumentException("unknown department " + key));
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
