package io.ardesk.collections;

/** After judgment: keep enforcing (or claim in bankruptcy), or write off what is lost. */
public enum EnforcementOutcome { CONTINUE, LOST }
