package io.ardesk.orders.reminders;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.language.LocaleFormat;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.letters.NewLetter;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.orders.Money;
import io.ardesk.orders.OrderEvent;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.SalesOrder;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the payment reminder of an invoiced order (提醒客戶付款期到) into the outbox, once per order:
 * a plain-text e-mail, not sent when the customer has no e-mail address. The company name, payment
 * instructions and language fallback are those of the dunning letters, and so are its days and amounts
 * ({@link LocaleFormat}: {@code 2026年12月6日}, {@code 12,400.00 元} in Chinese; texts in
 * {@code templates/orders/payment-reminder_<language>.properties}, {@code _zh_TW} Traditional, {@code _zh}
 * Simplified).
 */
@Service
@Transactional
public class PaymentReminders {

  /** The kind of the payment reminders in the outbox; their reference is the order number. */
  public static final String PAYMENT_REMINDER = "PAYMENT_REMINDER";
  static final String TEXTS = "templates/orders/payment-reminder";

  private final Outbox outbox;
  private final OrderService orders;
  private final CollectionsProperties letters;
  private final Clock clock;

  PaymentReminders(Outbox outbox, OrderService orders, CollectionsProperties letters,
      Clock clock) {
    this.outbox = outbox;
    this.orders = orders;
    this.letters = letters;
    this.clock = clock;
  }

  /**
   * The order's reminder: the one already written, or a new one. Empty when there is nothing to
   * remind of: the order is not (or no longer) invoiced and open, or its due date has passed.
   */
  public Optional<OutgoingLetter> write(String orderNo) {
    Optional<OutgoingLetter> existing = of(orderNo);
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
    LocaleFormat format = LocaleFormat.of(language);
    Object[] facts = {customer.getName(), order.getInvoiceNo(), Money.format(order.getInvoicedAmount()),
        format.currency(order.getCurrency()), format.date(order.getDueDate()), order.getOrderNo(), letters.companyName(),
        letters.paymentInstructions(language),
        customer.getContactPerson() == null ? customer.getName() : customer.getContactPerson()};
    OutgoingLetter reminder = outbox.write(new NewLetter(PAYMENT_REMINDER, key(order.getOrderNo()),
        order.getOrderNo(), language, MessageFormat.format(texts.getString("subject"), facts),
        MessageFormat.format(texts.getString("body"), facts), OutgoingLetter.Format.TEXT, order.getInvoicedAmount(),
        order.getCurrency()), customer);
    orders.note(orderNo, OrderEvent.Kind.REMINDER_WRITTEN, reminder.getRecipient() == null
        ? "no e-mail address on file: the reminder was not sent" : "payment reminder to " + reminder.getRecipient(),
        "system");
    return Optional.of(reminder);
  }

  @Transactional(readOnly = true)
  public Optional<OutgoingLetter> of(String orderNo) {
    return outbox.find(PAYMENT_REMINDER, orderNo);
  }

  /**
   * The reminder's key, which gives its Message-ID: the order number, with what a Message-ID cannot
   * hold replaced by {@code -}; then a hash of the number keeps two such numbers apart.
   */
  static String key(String orderNo) {
    String plain = orderNo.replaceAll("[^A-Za-z0-9.-]", "-");
    return "payment-reminder-" + plain + (plain.equals(orderNo) ? "" : "-" + Integer.toHexString(orderNo.hashCode()));
  }

  String language(String customerLanguage) {
    return letters.letterLanguage(customerLanguage);
  }
}
