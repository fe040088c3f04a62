package io.ardesk.ledger;

/**
 * The limits every amount and text must keep, for the Bean Validation annotations on the request
 * records (API and CSV import alike): amounts have at most {@link #INTEGER_DIGITS} digits before the
 * decimal point and {@link #FRACTION_DIGITS} after it (the columns are {@code numeric(19,2)}); texts
 * are no longer than their columns.
 */
public final class Limits {
  public static final int INTEGER_DIGITS = 15;
  public static final int FRACTION_DIGITS = 2;
  public static final String AMOUNT_DIGITS =
      "must have at most 15 digits before the decimal point and 2 after it";

  /** Column lengths (db/migration). */
  public static final int CUSTOMER_NO = 40;
  public static final int DOCUMENT_NO = 40;
  public static final int CREDIT_DOCUMENT_NO = 60;
  public static final int NAME = 200;
  public static final int ADDRESS = 500;
  public static final int PHONE = 60;
  public static final int EMAIL = 200;
  public static final int BANK_ACCOUNT = 100;
  public static final int CURRENCY = 3;
  public static final int GRADE = 10;
  public static final int USER_ID = 64;
  public static final int TERRITORY = 100;
  public static final int LANGUAGE = 10;
  public static final int REASON = 500;
  public static final int REFERENCE = 100;
  public static final int CODE = 40;
  public static final int NOTE = 2000;
  public static final int LONG_TEXT = 4000;

  private Limits() {}
}
