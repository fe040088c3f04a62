package io.ardesk.ledger;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount with at most {@link Limits#INTEGER_DIGITS} digits before the decimal point and
 * {@link Limits#FRACTION_DIGITS} after it (Bean Validation on the request records, API and CSV import).
 * Whether it must be positive (documents, orders, promises) or zero or more (limits, claims) the
 * services check, naming every bad field of a request at once.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS, message = Limits.AMOUNT_DIGITS)
public @interface Amount {
  String message() default "is not a valid amount";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
