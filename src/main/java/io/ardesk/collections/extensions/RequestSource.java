package io.ardesk.collections.extensions;

/** Where a customer's request for more time came in. */
public enum RequestSource { API, START_FORM, COLLECTOR_CALL }
