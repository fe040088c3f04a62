package io.ardesk.credit.domain;

/** Credit grade (信用評級), A best to E worst; the cut-offs live in the DMN table {@code credit-grade}. */
public enum CreditGrade {
  A,
  B,
  C,
  D,
  E
}
