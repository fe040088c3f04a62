package io.ardesk.complaints;

import io.ardesk.ledger.NotFoundException;

/** No complaint has this number (404 in the API). */
public class ComplaintNotFoundException extends NotFoundException {
  public ComplaintNotFoundException(String complaintNo) {
    super("complaint", "complaintNo", complaintNo);
  }
}
