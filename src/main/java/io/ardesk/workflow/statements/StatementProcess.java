package io.ardesk.workflow.statements;

import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.ComplaintService.Received;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.statements.StatementLetters;
import io.ardesk.statements.Statements;
import io.ardesk.workflow.ProcessValues;
import io.ardesk.workflow.complaints.ComplaintIntake;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners of {@code statement-confirmation}: thin, the rules are in
 * {@link Statements} (who may record an answer, what may be disputed) and {@link StatementLetters}.
 */
@Configuration(proxyBeanMethods = false)
public class StatementProcess {
  public static final String PROCESS = "statement-confirmation";
  public static final String CUSTOMER_NO = "customerNo";
  public static final String MONTH = "month";

  /** Task_SendStatement: the letter into the outbox once; e-mailed, or waiting to be printed. */
  @Bean
  JavaDelegate sendStatement(StatementLetters letters, Statements statements) {
    return execution -> {
      String customerNo = customerNo(execution);
      YearMonth month = month(execution);
      OutgoingLetter letter = letters.statement(customerNo, month);
      boolean email = letter.getDelivery() != OutgoingLetter.Delivery.PRINT
          && letter.getDelivery() != OutgoingLetter.Delivery.PRINTED;
      execution.setVariable("hasEmail", email);
      execution.setVariable("letterId", letter.getId());
      if (email) {
        statements.markSent(customerNo, month, "EMAIL");
      }
    };
  }

  /** Task_PrintAndPost completed: the letter is printed, the statement posted. */
  @Bean
  TaskListener statementPostedListener(Outbox outbox, Statements statements) {
    return task -> {
      if (!Boolean.TRUE.equals(task.getVariable("posted"))) {
        throw new InvalidInputException("posted", "print and post the statement, then tick the box");
      }
      Object letterId = task.getVariable("letterId");
      if (letterId instanceof Number id) {
        outbox.markPrinted(id.longValue());
      }
      statements.markSent(customerNo(task), month(task), "POST");
    };
  }

  /**
   * Task_RecordAnswer completed: confirmed (date, signer) or disputed lines, which open a complaint
   * (source STATEMENT, category billing) disputing those invoices. Only a ledger administrator:
   * {@link Statements} checks the user who completes the task.
   */
  @Bean
  TaskListener statementAnswerListener(Statements statements, ComplaintIntake complaints, IdentityService identity) {
    return task -> {
      String actor = ProcessValues.actor(task, identity);
      String customerNo = customerNo(task);
      YearMonth month = month(task);
      String answer = ProcessValues.text(task, "answer");
      String note = ProcessValues.text(task, "answerNote");
      if ("CONFIRMED".equals(answer)) {
        statements.confirm(customerNo, month, ProcessValues.date(task, "confirmedOn"),
            ProcessValues.text(task, "signerName"), note, actor);
      } else if ("DISPUTED".equals(answer)) {
        String text = ProcessValues.text(task, "disputedInvoices");
        List<String> invoices = text == null ? List.of()
            : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        var statement = statements.dispute(customerNo, month, invoices, note, actor);
        String description = "Statement of account " + month + ": the customer disputes "
            + String.join(", ", statement.disputedInvoices()) + (note == null ? "" : ". " + note);
        Received received = complaints.open(new NewComplaint(customerNo, ComplaintCategory.BILLING.name(),
            description, statement.disputedInvoices(), null, ComplaintSource.STATEMENT,
            StatementLetters.reference(customerNo, month)), actor);
        statements.linkComplaint(customerNo, month, received.complaintNo());
        task.setVariable("complaintNo", received.complaintNo());
      } else {
        throw new InvalidInputException("answer", "answer must be CONFIRMED or DISPUTED");
      }
    };
  }

  /** Task_SendReminder: the reminder letter once, the statement REMINDED. */
  @Bean
  JavaDelegate sendStatementReminder(StatementLetters letters, Statements statements) {
    return execution -> {
      letters.reminder(customerNo(execution), month(execution));
      statements.markReminded(customerNo(execution), month(execution));
    };
  }

  /** Task_CallCustomer completed: the customer will answer (keep waiting) or not (NO_ANSWER). */
  @Bean
  TaskListener statementCallListener(Statements statements, IdentityService identity) {
    return task -> {
      String outcome = ProcessValues.text(task, "callOutcome");
      if ("NO_ANSWER".equals(outcome)) {
        statements.markNoAnswer(customerNo(task), month(task), ProcessValues.actor(task, identity),
            ProcessValues.text(task, "callNote"));
      } else if (!"WILL_ANSWER".equals(outcome)) {
        throw new InvalidInputException("callOutcome", "callOutcome must be WILL_ANSWER or NO_ANSWER");
      }
    };
  }

  private static String customerNo(VariableScope scope) {
    return ProcessValues.text(scope, CUSTOMER_NO);
  }

  private static YearMonth month(VariableScope scope) {
    return YearMonth.parse(ProcessValues.text(scope, MONTH));
  }
}
