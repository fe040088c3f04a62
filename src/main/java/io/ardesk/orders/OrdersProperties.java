package io.ardesk.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.orders.*}: the days of order-to-cash that are not in the DMN table.
 *
 * @param reminderDaysBeforeDue the payment reminder e-mail goes out this many days before the due date
 * @param receiptInquiryDays sales asks whether the goods arrived within this many days of shipment
 * @param satisfactionInquiryDays sales asks about satisfaction within this many days of the receipt inquiry
 * @param reviewDueDays credit (and a supervisor) decide an order in review within this many days
 * @param holdEscalationDays an order on hold this many days goes to a supervisor (keep waiting or cancel)
 */
@ConfigurationProperties("ardesk.orders")
public record OrdersProperties(
    @DefaultValue("7") int reminderDaysBeforeDue,
    @DefaultValue("3") int receiptInquiryDays,
    @DefaultValue("7") int satisfactionInquiryDays,
    @DefaultValue("1") int reviewDueDays,
    @DefaultValue("14") int holdEscalationDays) {}
