package io.ardesk.ledger.document;

import io.ardesk.ledger.ControlsProperties;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.rates.ExchangeRates;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@link CreditNoteApprovals} with another {@code ardesk.controls.credit-note-limit}, on the application's beans. */
public final class CreditNoteLimits {
  private CreditNoteLimits() {}

  public static CreditNoteApprovals withLimit(ApplicationContext context, String limit) {
    var properties = new ControlsProperties(new BigDecimal(limit), 30);
    var reductions = new CreditReductions(context.getBean(NamedParameterJdbcTemplate.class),
        context.getBean(ExchangeRates.class), properties);
    return new CreditNoteApprovals(context.getBean(CreditNoteRequestRepository.class),
        context.getBean(PaymentService.class), reductions, properties, context.getBean(Supervisors.class),
        context, context.getBean(Clock.class));
  }
}
