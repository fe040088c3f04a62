package io.ardesk.ops;

import io.ardesk.letters.LetterDelivery;
import io.ardesk.letters.OutboxProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The letter outbox emptied every {@code ardesk.collections.delivery-interval-ms} by every node. No
 * cluster-wide lock: each letter is claimed by one node in its own transaction before it is sent, so two
 * nodes' rounds never send a letter twice, both nodes send while both are up, and a node that dies
 * holds back only the letters it had claimed, for {@code ardesk.letters.claim-timeout}. (A cluster lock
 * here made one node send everything and, when its holder died, stopped all letters for the lock's
 * 40 s: docs/cluster-check.md, run C.)
 */
@Component
class LetterOutboxSchedule {
  private final LetterDelivery letters;
  private final OutboxProperties properties;

  LetterOutboxSchedule(LetterDelivery letters, OutboxProperties properties) {
    this.letters = letters;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${ardesk.collections.delivery-interval-ms:10000}",
      initialDelayString = "${ardesk.collections.delivery-interval-ms:10000}")
  void onSchedule() {
    if (properties.scheduledDelivery()) {
      letters.deliverPending();
    }
  }
}
