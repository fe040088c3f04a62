package io.ardesk.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A statement of account as stored, with what the customer answered. */
public record StatementView(
    String customerNo,
    String month,
    LocalDate periodFrom,
    LocalDate periodTo,
    String cadence,
    String currency,
    BigDecimal openingBalance,
    BigDecimal closingBalance,
    String status,
    String delivery,
    LocalDate preparedOn,
    LocalDate sentOn,
    LocalDate remindedOn,
    LocalDate answeredOn,
    String signerName,
    String answerRecordedBy,
    String answerNote,
    List<String> disputedInvoices,
    String complaintNo,
    /** The file name of the customer's signed copy, if finance kept one. */
    String signedCopy,
    StatementContent content) {}
