package io.ardesk.statements;

/** Where a statement of account stands. */
public enum StatementStatus {
  /** Not made yet: what the run would make now (answered for a month without a statement; never stored). */
  DRAFT,
  /** Made, not sent yet (or waiting to be printed and posted). */
  PREPARED,
  SENT,
  /** No answer in time: the customer was reminded. */
  REMINDED,
  /** The customer signed it (date and signer recorded). */
  CONFIRMED,
  /** The customer disputed lines: a complaint disputes those invoices. */
  DISPUTED,
  /** Still no answer after the reminder and credit's call. */
  NO_ANSWER
}
