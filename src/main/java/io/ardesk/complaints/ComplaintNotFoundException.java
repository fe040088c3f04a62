package io.ardesk.complaints;

/** No complaint has this number. */
public class ComplaintNotFoundException extends RuntimeException {
  public ComplaintNotFoundException(String complaintNo) {
    super("complaint " + complaintNo + " does not exist");
  }
}
