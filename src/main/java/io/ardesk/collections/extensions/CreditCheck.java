package io.ardesk.collections.extensions;

/** The credit department's immediate credit check (即期資信調查) of the customer asking for time. */
public enum CreditCheck { GOOD, BAD }
