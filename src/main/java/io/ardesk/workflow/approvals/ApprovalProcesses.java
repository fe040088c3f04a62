package io.ardesk.workflow.approvals;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.CreditChangeRequest;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.document.CreditNoteApprovals;
import io.ardesk.ledger.document.WriteOffApprovals;
import io.ardesk.ledger.event.CreditChangeRequested;
import io.ardesk.ledger.event.CreditNoteRequested;
import io.ardesk.ledger.event.WriteOffRequested;
import io.ardesk.workflow.SystemAccess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Starts the supervisor approvals the ledger asks for, in the transaction that records the request
 * (processes {@code credit-change-approval}, {@code write-off-approval} and {@code credit-note-approval},
 * business key = request
 * number), as the application: no user group needs to start them. The variables are only what the
 * form shows; the decision listeners read the request from the database by business key.
 */
@Configuration(proxyBeanMethods = false)
public class ApprovalProcesses {
  public static final String CREDIT_CHANGE = "credit-change-approval";
  public static final String WRITE_OFF = "write-off-approval";
  public static final String CREDIT_NOTE = "credit-note-approval";

  private final RuntimeService runtime;
  private final SystemAccess system;
  private final CustomerService customers;
  private final WriteOffApprovals writeOffs;
  private final CreditNoteApprovals creditNotes;
  private final TeamLanguage language;

  ApprovalProcesses(RuntimeService runtime, SystemAccess system, CustomerService customers,
      WriteOffApprovals writeOffs, CreditNoteApprovals creditNotes, TeamLanguage language) {
    this.language = language;
    this.runtime = runtime;
    this.system = system;
    this.customers = customers;
    this.writeOffs = writeOffs;
    this.creditNotes = creditNotes;
  }

  @EventListener
  void creditChangeRequested(CreditChangeRequested event) {
    CreditChangeRequest request = customers.creditChangeRequest(event.requestNo());
    var customer = request.getCustomer();
    Map<String, Object> facts = new HashMap<>();
    facts.put("customerNo", customer.getCustomerNo());
    facts.put("customerName", customer.getName());
    BigDecimal oldLimit = request.getOldCreditLimit() == null ? customer.getCreditLimit() : request.getOldCreditLimit();
    facts.put("oldCreditLimit", amount(oldLimit));
    facts.put("newCreditLimit", amount(request.getNewCreditLimit()));
    facts.put("oldGrade", text(request.getNewGrade() == null ? customer.getGrade() : request.getOldGrade()));
    facts.put("newGrade", text(request.getNewGrade()));
    SettlementMethod oldMethod = request.getOldSettlementMethod() == null ? customer.getSettlementMethod()
        : request.getOldSettlementMethod();
    facts.put("oldSettlementMethod", language.word("settlement.", oldMethod));
    facts.put("newSettlementMethod", language.word("settlement.", request.getNewSettlementMethod()));
    CustomerStatus oldStatus = request.getOldStanding() == null ? customer.getStatus() : request.getOldStanding();
    facts.put("oldStatus", language.word("customer.status.", oldStatus));
    facts.put("newStatus", language.word("customer.status.", request.getNewStanding()));
    facts.put("requestedBy", request.getRequestedBy());
    facts.put("requestReason", request.getReason());
    facts.put("taskName", limit(language.text("task.approval.creditChange", customer.getName(),
        customer.getCustomerNo(), request.getRequestedBy(), changes(request))));
    system.run(() -> runtime.startProcessInstanceByKey(CREDIT_CHANGE, event.requestNo(), facts));
  }

  @EventListener
  void writeOffRequested(WriteOffRequested event) {
    var request = writeOffs.get(event.requestNo());
    Map<String, Object> facts = new HashMap<>();
    facts.put("invoiceNo", request.getInvoiceNo());
    facts.put("customerNo", request.getCustomerNo());
    facts.put("customerName", customers.get(request.getCustomerNo()).getName());
    String amount = language.money(request.getOpenAmount(), request.getCurrency());
    facts.put("openAmount", amount);
    facts.put("writeOffDate", request.getWriteOffDate() == null ? language.text("approval.writeOff.onApproval")
        : language.date(request.getWriteOffDate()));
    facts.put("requestedBy", request.getRequestedBy());
    facts.put("requestReason", request.getReason());
    facts.put("taskName", limit(language.text("task.approval.writeOff", request.getInvoiceNo(), amount,
        facts.get("customerName"), request.getRequestedBy())));
    system.run(() -> runtime.startProcessInstanceByKey(WRITE_OFF, event.requestNo(), facts));
  }

  @EventListener
  void creditNoteRequested(CreditNoteRequested event) {
    var request = creditNotes.get(event.requestNo());
    Map<String, Object> facts = new HashMap<>();
    facts.put("creditNoteNo", request.getCreditNoteNo());
    facts.put("customerNo", request.getCustomerNo());
    facts.put("customerName", customers.get(request.getCustomerNo()).getName());
    String amount = language.money(request.getAmount(), request.getCurrency());
    facts.put("amount", amount);
    facts.put("invoiceNo", request.getInvoiceNo() == null ? language.text("approval.creditNote.onAccount")
        : request.getInvoiceNo());
    facts.put("counted", language.text("approval.creditNote.counted",
        language.money(request.getCountedInBase(), request.getBaseCurrency()),
        language.money(request.getCreditLimit(), request.getBaseCurrency())));
    facts.put("requestedBy", request.getRequestedBy());
    facts.put("requestReason", request.getReason());
    facts.put("taskName", limit(language.text("task.approval.creditNote", request.getCreditNoteNo(), amount,
        facts.get("customerName"), request.getRequestedBy())));
    system.run(() -> runtime.startProcessInstanceByKey(CREDIT_NOTE, event.requestNo(), facts));
  }

  /** Task_ApproveCreditNote (credit-note-approval) completed: the authenticated supervisor approves or refuses. */
  @Bean
  TaskListener creditNoteDecisionListener(CreditNoteApprovals creditNotes) {
    return task -> decide(task, creditNotes::approve, creditNotes::refuse);
  }

  /** Task_ApproveCreditChange completed: the authenticated supervisor approves or refuses through the service. */
  @Bean
  TaskListener creditChangeDecisionListener(CustomerService customers) {
    return task -> decide(task, customers::approveCreditChange, customers::refuseCreditChange);
  }

  /** Task_ApproveWriteOff completed: the authenticated supervisor approves or refuses through the service. */
  @Bean
  TaskListener writeOffDecisionListener(WriteOffApprovals writeOffs) {
    return task -> decide(task, writeOffs::approve, writeOffs::refuse);
  }

  private interface Decision {
    Object apply(String requestNo, String approver, String reason);
  }

  private static void decide(DelegateTask task, Decision approve, Decision refuse) {
    String approver = Approver.of(task);
    String requestNo = task.getExecution().getProcessBusinessKey();
    if (Approver.approves(task)) {
      approve.apply(requestNo, approver, Approver.reason(task));
    } else {
      refuse.apply(requestNo, approver, Approver.reason(task));
    }
    task.setVariable("decidedBy", approver);
  }

  /** What the request changes, in the team's words: "creditLimit: 10,000.00 → 50,000.00; grade: C → B". */
  private String changes(CreditChangeRequest request) {
    List<String> lines = new ArrayList<>();
    if (request.getNewCreditLimit() != null) {
      lines.add(language.text("approval.change.creditLimit", amount(request.getOldCreditLimit()),
          amount(request.getNewCreditLimit())));
    }
    if (request.getNewGrade() != null) {
      lines.add(language.text("approval.change.grade", request.getOldGrade() == null
          ? language.text("approval.change.noGrade") : request.getOldGrade(), request.getNewGrade()));
    }
    if (request.getNewSettlementMethod() != null) {
      lines.add(language.text("approval.change.settlementMethod", language.word("settlement.", request.getOldSettlementMethod()),
          language.word("settlement.", request.getNewSettlementMethod())));
    }
    if (request.getNewStanding() != null) {
      lines.add(language.text("approval.change.status", language.word("customer.status.", request.getOldStanding()),
          language.word("customer.status.", request.getNewStanding())));
    }
    return String.join(language.text("approval.change.separator"), lines);
  }

  /** A credit limit as the form shows it ({@code 50,000.00}); nothing when there is none. */
  private static String amount(BigDecimal limit) {
    return limit == null ? "" : TeamLanguage.money(limit);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String limit(String name) {
    return name.length() > 250 ? name.substring(0, 247) + "..." : name;
  }
}
