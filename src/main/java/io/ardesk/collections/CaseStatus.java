package io.ardesk.collections;

public enum CaseStatus { OPEN, CLOSED }
