package io.ardesk.workflow.complaints;

import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintService.Received;
import io.ardesk.complaints.NewComplaint;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for every complaint that does not come through the Tasklist start form: the API, a
 * delivery or satisfaction inquiry of order-to-cash, a disputed statement line. Receives the
 * complaint and starts {@code complaint-handling} in one transaction; receiving the same source
 * reference again starts nothing.
 */
@Service
public class ComplaintIntake {
  private final ComplaintService complaints;
  private final RuntimeService runtimeService;

  ComplaintIntake(ComplaintService complaints, RuntimeService runtimeService) {
    this.complaints = complaints;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public Received open(NewComplaint complaint, String actor) {
    Received received = complaints.receive(complaint, actor);
    if (received.created()) {
      runtimeService.startProcessInstanceByKey(ComplaintProcess.PROCESS_ID, received.complaintNo(),
          Map.of(ComplaintProcess.COMPLAINT_NO, received.complaintNo(),
              ComplaintProcess.CUSTOMER_NO, complaints.get(received.complaintNo()).getCustomerNo()));
    }
    return received;
  }
}
