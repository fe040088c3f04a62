package io.ardesk.orders.reminders;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.orders.Money;
import io.ardesk.orders.OrderEvent;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.SalesOrder;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the payment reminder of an invoiced order into the outbox, once: the sender, company name,
 * payment instructions and language fallback are those of the dunning letters.
 */
@Service
@Transactional
public class PaymentReminders {

  static final String TEXTS = "templates/orders/payment-reminder";
  static final List<String> LANGUAGES = List.of("zh", "en");

  private final PaymentReminderRepository reminders;
  private final OrderService orders;
  private final CollectionsProperties letters;
  private final Clock clock;

  PaymentReminders(PaymentReminderRepository reminders, OrderService orders, CollectionsProperties letters,
      Clock clock) {
    this.reminders = reminders;
    this.orders = orders;
    this.letters = letters;
    this.clock = clock;
  }

  /**
   * The order's reminder: the one already written, or a new one. Empty when there is nothing to
   * remind of: the order is not (or no longer) invoiced and open, or its due date has passed.
   */
  public Optional<PaymentReminder> write(String orderNo) {
    Optional<PaymentReminder> existing = reminders.findByOrderNo(orderNo);
    if (existing.isPresent()) {
      return existing;
    }
    SalesOrder order = orders.get(orderNo);
    LocalDate today = LocalDate.now(clock);
    if (order.getStatus() != OrderStatus.INVOICED || order.getDueDate().isBefore(today)) {
      return Optional.empty();
    }
    Customer customer = orders.customer(order.getCustomerNo());
    String language = language(customer.getLanguage());
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] facts = {customer.getName(), order.getInvoiceNo(), Money.format(order.getInvoicedAmount()),
        order.getCurrency(), order.getDueDate().toString(), order.getOrderNo(), letters.companyName(),
        letters.paymentInstructions(language),
        customer.getContactPerson() == null ? customer.getName() : customer.getContactPerson()};
    String recipient = customer.getEmail() == null || customer.getEmail().isBlank() ? null : customer.getEmail().strip();
    PaymentReminder reminder = reminders.saveAndFlush(new PaymentReminder(order.getOrderNo(), order.getCustomerNo(),
        order.getInvoiceNo(), language, recipient, MessageFormat.format(texts.getString("subject"), facts),
        MessageFormat.format(texts.getString("body"), facts), order.getInvoicedAmount(), order.getCurrency(),
        order.getDueDate(), LocalDateTime.now(clock)));
    orders.note(orderNo, OrderEvent.Kind.REMINDER_WRITTEN, recipient == null
        ? "no e-mail address on file: the reminder was not sent" : "payment reminder to " + recipient, "system");
    return Optional.of(reminder);
  }

  @Transactional(readOnly = true)
  public Optional<PaymentReminder> of(String orderNo) {
    return reminders.findByOrderNo(orderNo);
  }

  String language(String customerLanguage) {
    String language = customerLanguage == null ? "" : customerLanguage.strip().toLowerCase(Locale.ROOT);
    language = language.length() > 2 ? language.substring(0, 2) : language;
    return LANGUAGES.contains(language) ? language : letters.defaultLanguage();
  }
}
