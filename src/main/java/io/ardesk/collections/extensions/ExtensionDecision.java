package io.ardesk.collections.extensions;

/** What the decision table {@code extension-decision} says, and what is finally decided. */
public enum ExtensionDecision { GRANT, REFUSE, SUPERVISOR }
