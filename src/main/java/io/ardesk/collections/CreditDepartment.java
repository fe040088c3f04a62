package io.ardesk.collections;

/** Who belongs to the credit department, looked up where the users are kept (the engine's identity service). */
public interface CreditDepartment {
  String GROUP = "credit";

  boolean isMember(String userId);
}
