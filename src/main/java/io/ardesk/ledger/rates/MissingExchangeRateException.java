package io.ardesk.ledger.rates;

import io.ardesk.ledger.InvalidInputException;
import java.time.LocalDate;

/**
 * An amount in one currency must be counted in another and no rate is known on or before the day:
 * 422 on the API, an incident with this message in a process job. Never a silently skipped item.
 */
public class MissingExchangeRateException extends InvalidInputException {

  public MissingExchangeRateException(String from, String to, LocalDate on) {
    super("currency", "no exchange rate " + from + "→" + to + " on or before " + on);
  }
}
