package io.ardesk.credit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The inputs of one assessment: 18 scores and the figures, read and checked together. */
public record CreditInputs(CharacteristicScores scores, Financials financials) {

  /**
   * Reads both; every missing or out-of-range input is named in the exception, with the field
   * names the caller uses ({@code characteristics.HISTORY}, {@code financials.inventory}, ...).
   */
  public static CreditInputs read(
      Function<String, Object> characteristics,
      Set<String> givenCodes,
      String characteristicsPrefix,
      Function<String, Object> figures,
      Object foundingDate,
      String figuresPrefix,
      String foundingDateField) {
    List<FieldProblem> problems = new ArrayList<>();
    var scores = CharacteristicScores.read(characteristics, givenCodes, characteristicsPrefix, problems);
    var financials = Financials.read(figures, foundingDate, figuresPrefix, foundingDateField, problems);
    InvalidCreditInputException.throwIfAny(problems);
    return new CreditInputs(scores, financials);
  }
}
