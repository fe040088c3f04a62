package io.ardesk.collections;

import java.util.Optional;

/**
 * The escalation ladder of a collection case (docs/domain.md §9), in order. Which stage a case is at by days
 * past due is decided by the DMN table {@code escalation-stage}; this type knows only the order and
 * what each stage does.
 */
public enum Stage {
  REMINDER(0),
  LETTER_1(1),
  LETTER_2(2),
  LETTER_3(3),
  LETTER_4(4),
  AGENCY(0),
  LITIGATION(0),
  ENFORCEMENT(0);

  private final int letterNumber;

  Stage(int letterNumber) {
    this.letterNumber = letterNumber;
  }

  /** The dunning letter sent at this stage (1–4), empty for stages without a letter. */
  public Optional<Integer> letterNumber() {
    return letterNumber == 0 ? Optional.empty() : Optional.of(letterNumber);
  }

  /** Stop supply from the second letter on. */
  public boolean stopsSupply() {
    return compareTo(LETTER_2) >= 0;
  }

  /** Collectors phone the customer up to the third letter. */
  public boolean collectorCalls() {
    return compareTo(LETTER_3) <= 0;
  }

  public Stage later(Stage other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }

  /** The next rung of the ladder, or this one at the top. */
  public Stage next() {
    return this == ENFORCEMENT ? this : values()[ordinal() + 1];
  }
}
