package io.ardesk.credit.review;

/** No customer with this number in the customer master. */
public class UnknownCustomerException extends RuntimeException {

  public UnknownCustomerException(String customerNo) {
    super("No customer " + customerNo);
  }
}
