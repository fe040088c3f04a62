package io.ardesk.workflow.complaints;

import io.ardesk.complaints.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and listeners of {@code complaint-handling}: each calls one method of {@link ComplaintService}. */
@Configuration(proxyBeanMethods = false)
public class ComplaintDelegates {
  static final String SYSTEM = "system";

  /** Step 1 starts: the named invoices are disputed (the ledger tells the collection case). */
  @Bean
  ExecutionListener disputeNamedInvoices(ComplaintService complaints) {
    return execution -> complaints.disputeInvoices(complaintNo(execution), SYSTEM);
  }

  /** The 24-hour timer fired before step 2 was done. */
  @Bean
  JavaDelegate recordMissedFirstResponse(ComplaintService complaints) {
    return execution -> complaints.missFirstResponse(complaintNo(execution), SYSTEM);
  }

  /** After step 9 yes: the credit note of the solution, if any, is posted. */
  @Bean
  JavaDelegate applyAgreedSolution(ComplaintService complaints) {
    return execution -> complaints.applyAgreedSolution(complaintNo(execution), SYSTEM);
  }

  /** After step 10 yes: the invoices still disputed are collectable again. */
  @Bean
  JavaDelegate releaseDisputedInvoices(ComplaintService complaints) {
    return execution -> complaints.releaseInvoices(complaintNo(execution), SYSTEM);
  }

  /** Step 13: cause, solution and lesson are kept; the complaint closes. */
  @Bean
  JavaDelegate archiveComplaint(ComplaintService complaints) {
    return execution -> complaints.archive(complaintNo(execution), SYSTEM);
  }

  static String complaintNo(DelegateExecution execution) {
    return (String) execution.getVariable(ComplaintProcess.COMPLAINT_NO);
  }
}
