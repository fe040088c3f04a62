package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.workflow.ProcessValues;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The look-again timers spread over the first hours of their day: each customer always at the same
 * minute, 1,000 customers over most of the four hours' 240 minutes, the day itself unchanged.
 */
class LookAgainSpreadTest {

  static final Duration SPREAD = Duration.ofHours(4);

  @Test
  void eachCustomerWakesAtItsOwnMinuteOfTheDay() {
    LocalDate day = LocalDate.of(2026, 3, 12);
    Set<Duration> offsets = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String customerNo = "C" + (100000 + i);
      Duration offset = CollectionCaseDelegates.offsetOf(customerNo, SPREAD);
      assertThat(offset).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(SPREAD);
      assertThat(CollectionCaseDelegates.offsetOf(customerNo, SPREAD)).as("the same every time").isEqualTo(offset);
      offsets.add(offset);

      Date at = (Date) CollectionCaseDelegates.lookAgainAt(day, customerNo, SPREAD).getValue();
      ZonedDateTime local = at.toInstant().atZone(ProcessValues.zone());
      assertThat(local.toLocalDate()).isEqualTo(day);
      assertThat(Duration.between(day.atStartOfDay(ProcessValues.zone()), local)).isEqualTo(offset);
    }
    assertThat(offsets).as("spread over the 240 minutes").hasSizeGreaterThan(200);
    assertThat(CollectionCaseDelegates.offsetOf("C100000", Duration.ZERO)).isEqualTo(Duration.ZERO);
  }
}
