package io.ardesk.complaints;

/**
 * The 13 steps of complaint handling (處理客戶抱怨, docs/domain.md §10) and the entries the system adds
 * to a complaint's step log (receipt, escalation, credit note, release), which have no number.
 */
public enum Step {
  RECEIVED(null, "Complaint received"),
  WELCOME(1, "Welcome the complaint"),
  GO_TO_CUSTOMER(2, "Go to the customer at once"),
  SHOW_SYMPATHY(3, "Show sympathy"),
  HEAR_REASONS(4, "Hear the reasons and claim calmly"),
  KEY_PROBLEM(5, "Find the key of the problem"),
  CAUSE(6, "Find the cause"),
  CUSTOMER_SUGGESTION(7, "Consider the customer's suggestion"),
  BEST_SOLUTION(8, "Find the best solution"),
  AGREEMENT(9, "Get the customer's agreement"),
  SATISFACTION(10, "Confirm the customer is satisfied"),
  SUPERVISOR_REPORT(11, "Report process and result to the supervisor"),
  NOTIFY_DEPARTMENTS(12, "Tell the departments concerned"),
  ARCHIVE(13, "Keep the record for improvement"),
  INVOICES_DISPUTED(null, "Named invoices disputed"),
  FIRST_RESPONSE_MISSED(null, "First response overdue: escalated to the supervisor"),
  ESCALATION_HANDLED(null, "Supervisor acted on the overdue first response"),
  CREDIT_NOTE_APPROVED(null, "Credit note approved by a supervisor"),
  CREDIT_NOTE_REFUSED(null, "Credit note refused by a supervisor: back to step 8"),
  CREDIT_NOTE_POSTED(null, "Credit note posted"),
  INVOICES_RELEASED(null, "Disputes released");

  private final Integer number;
  private final String title;

  Step(Integer number, String title) {
    this.number = number;
    this.title = title;
  }

  /** 1 to 13, or null for an entry the system adds. */
  public Integer number() {
    return number;
  }

  public String title() {
    return title;
  }
}
