package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The 18 item scores of one assessment, each a whole number 0–10. */
public record CharacteristicScores(Map<CharacteristicItem, Integer> scores) {

  public CharacteristicScores {
    scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    if (scores.size() != CharacteristicItem.values().length) {
      throw new IllegalArgumentException("all 18 items must be scored");
    }
  }

  public int score(CharacteristicItem item) {
    return scores.get(item);
  }

  /**
   * Reads the scores from untyped values, looked up by item code; {@code prefix} names the fields
   * in problems (e.g. {@code "characteristics."}). Every missing or out-of-range item is a problem;
   * so is an unknown code among {@code givenCodes}.
   */
  public static CharacteristicScores read(
      Function<String, Object> valueOf, Set<String> givenCodes, String prefix, List<FieldProblem> problems) {
    List<FieldProblem> found = new ArrayList<>();
    for (String code : givenCodes) {
      if (!isItem(code)) {
        found.add(new FieldProblem(prefix + code, "is not a characteristic item"));
      }
    }
    Map<CharacteristicItem, Integer> scores = new EnumMap<>(CharacteristicItem.class);
    for (CharacteristicItem item : CharacteristicItem.values()) {
      String field = prefix + item.name();
      BigDecimal value = Inputs.number(valueOf.apply(item.name()), field, found);
      if (value == null) {
        continue;
      }
      if (value.stripTrailingZeros().scale() > 0
          || value.compareTo(BigDecimal.valueOf(CharacteristicItem.MIN_SCORE)) < 0
          || value.compareTo(BigDecimal.valueOf(CharacteristicItem.MAX_SCORE)) > 0) {
        found.add(new FieldProblem(field, "must be a whole number from 0 to 10"));
        continue;
      }
      scores.put(item, value.intValueExact());
    }
    problems.addAll(found);
    return found.isEmpty() ? new CharacteristicScores(scores) : null;
  }

  private static boolean isItem(String code) {
    for (CharacteristicItem item : CharacteristicItem.values()) {
      if (item.name().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
