package io.ardesk.ledger.document;

import io.ardesk.ledger.customer.Customer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * docs/domain.md §4 allocation: the invoices a credit names first, then open undisputed items oldest
 * effective due date first; the rest stays on account and is used by the next allocation. An
 * allocation never exceeds an invoice's open amount and is dated the later of the two documents, or
 * the day it is made when credit on account is used later (a dispute cleared, a payment reversed):
 * an aging of a past date stays what it was (docs/domain.md §5).
 */
@Component
class Allocator {
  private final InvoiceRepository invoices;
  private final CreditDocumentRepository credits;
  private final AllocationRepository allocations;
  private final Clock clock;

  Allocator(InvoiceRepository invoices, CreditDocumentRepository credits,
      AllocationRepository allocations, Clock clock) {
    this.invoices = invoices;
    this.credits = credits;
    this.allocations = allocations;
    this.clock = clock;
  }

  /** Invoices touched by one allocation run, and those of them now settled. */
  static final class Result {
    final Set<String> allocated = new LinkedHashSet<>();
    final Set<String> settled = new LinkedHashSet<>();

    List<String> allocatedInvoiceNos() {
      return List.copyOf(allocated);
    }

    List<String> settledInvoiceNos() {
      return List.copyOf(settled);
    }
  }

  /** Applies {@code credit} to the named invoices, then to the oldest collectable items. */
  Result allocate(CreditDocument credit, List<Invoice> named) {
    return allocate(credit, named, () -> invoices.findCollectable(credit.getCustomer(), credit.getCurrency()),
        allocations::save);
  }

  /**
   * The same, with the customer's collectable items (in allocation order, read only if the named
   * invoices leave something) and what becomes of the allocations given: an import keeps the items
   * of a customer for a whole chunk and writes the allocations in one batch.
   */
  Result allocate(CreditDocument credit, List<Invoice> named, Supplier<List<Invoice>> collectable,
      Consumer<Allocation> allocated) {
    var result = new Result();
    for (Invoice invoice : named) {
      apply(credit, invoice, result, allocated, credit.getDocumentDate());
    }
    if (credit.getUnappliedAmount().signum() > 0) {
      applyToCollectable(credit, collectable.get(), result, allocated, credit.getDocumentDate());
    }
    return result;
  }

  /** Applies a credit note to the invoice it names only; the rest stays on account (docs/domain.md §4). */
  Result allocateNamed(CreditDocument credit, List<Invoice> named) {
    var result = new Result();
    for (Invoice invoice : named) {
      apply(credit, invoice, result, allocations::save, credit.getDocumentDate());
    }
    return result;
  }

  /**
   * Uses what the customer has on account in this currency for its open undisputed items, dated
   * {@code notBefore} at the earliest (the day the credit is used, never the old payment's date).
   */
  Result applyOnAccount(Customer customer, String currency, LocalDate notBefore) {
    var result = new Result();
    List<CreditDocument> onAccount = credits.findOnAccount(customer, currency);
    if (onAccount.isEmpty()) {
      return result;
    }
    List<Invoice> collectable = invoices.findCollectable(customer, currency);
    for (CreditDocument credit : onAccount) {
      applyToCollectable(credit, collectable, result, allocations::save, notBefore);
    }
    return result;
  }

  /** Settles {@code invoice} in full by a write-off, or un-settles by a reversal (negative). */
  void post(CreditDocument credit, Invoice invoice, BigDecimal amount, LocalDate on) {
    allocations.save(new Allocation(credit, invoice, amount, on, LocalDateTime.now(clock)));
  }

  private void applyToCollectable(CreditDocument credit, List<Invoice> collectable, Result result,
      Consumer<Allocation> allocated, LocalDate notBefore) {
    for (Invoice invoice : collectable) {
      if (credit.getUnappliedAmount().signum() <= 0) {
        return;
      }
      apply(credit, invoice, result, allocated, notBefore);
    }
  }

  private void apply(CreditDocument credit, Invoice invoice, Result result, Consumer<Allocation> allocated,
      LocalDate notBefore) {
    if (!invoice.isOpen() || credit.getUnappliedAmount().signum() <= 0) {
      return;
    }
    LocalDate on = later(later(credit.getDocumentDate(), invoice.getIssueDate()), notBefore);
    BigDecimal applied = invoice.settle(credit.getUnappliedAmount(), on);
    credit.use(applied);
    allocated.accept(new Allocation(credit, invoice, applied, on, LocalDateTime.now(clock)));
    result.allocated.add(invoice.getInvoiceNo());
    if (!invoice.isOpen()) {
      result.settled.add(invoice.getInvoiceNo());
    }
  }

  static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
