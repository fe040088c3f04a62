package io.ardesk.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.ShippedCreditProperties;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CharacteristicModelTest {

  private final CharacteristicModel model =
      new CharacteristicModel(ShippedCreditProperties.load().groupWeights());

  @Test
  void eachGroupWeighsAsConfigured() {
    assertThat(model.score(onlyGroupAtTen(CharacteristicGroup.FINANCIAL))).isEqualByComparingTo("50");
    assertThat(model.score(onlyGroupAtTen(CharacteristicGroup.OWN))).isEqualByComparingTo("30");
    assertThat(model.score(onlyGroupAtTen(CharacteristicGroup.PRIORITY))).isEqualByComparingTo("20");
  }

  @Test
  void oneFinancialItemWeighsASixthOfFifty() {
    Map<CharacteristicItem, Integer> scores = zeros();
    scores.put(CharacteristicItem.PAYMENT_RECORD, 7);
    // 7 × (50 / 6) / 10 = 5.8333…
    assertThat(model.score(new CharacteristicScores(scores))).isEqualByComparingTo("5.83");
  }

  @Test
  void readsFormAndJsonNumbersAndNamesEveryBadItem() {
    Map<String, Object> raw = new HashMap<>();
    for (CharacteristicItem item : CharacteristicItem.values()) {
      raw.put(item.name(), 5);
    }
    raw.put("APPEARANCE", 7.0); // a form's number field may arrive as Double
    raw.put("HISTORY", 11);
    raw.put("PROSPECTS", 6.5);
    raw.remove("SOLVENCY");
    raw.put("CHARM", 3);
    List<FieldProblem> problems = new ArrayList<>();

    var scores = CharacteristicScores.read(raw::get, raw.keySet(), "characteristics.", problems);

    assertThat(scores).isNull();
    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "characteristics.HISTORY", "characteristics.PROSPECTS", "characteristics.SOLVENCY",
            "characteristics.CHARM");
    raw.put("HISTORY", 10);
    raw.put("PROSPECTS", 0);
    raw.put("SOLVENCY", 5);
    raw.remove("CHARM");
    problems.clear();
    assertThat(CharacteristicScores.read(raw::get, raw.keySet(), "", problems).score(CharacteristicItem.APPEARANCE))
        .isEqualTo(7);
    assertThat(problems).isEmpty();
  }

  private static CharacteristicScores onlyGroupAtTen(CharacteristicGroup group) {
    Map<CharacteristicItem, Integer> scores = zeros();
    CharacteristicItem.of(group).forEach(item -> scores.put(item, 10));
    return new CharacteristicScores(scores);
  }

  private static Map<CharacteristicItem, Integer> zeros() {
    Map<CharacteristicItem, Integer> scores = new EnumMap<>(CharacteristicItem.class);
    for (CharacteristicItem item : CharacteristicItem.values()) {
      scores.put(item, 0);
    }
    return scores;
  }
}
