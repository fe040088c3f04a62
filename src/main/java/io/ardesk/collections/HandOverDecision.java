package io.ardesk.collections;

/** A supervisor's decision at AGENCY (collection agency) or LITIGATION (lawsuit). */
public enum HandOverDecision { APPROVE, DEFER, WRITE_OFF }
