package io.ardesk.ops;

import io.ardesk.letters.LetterDelivery;
import io.ardesk.letters.OutboxProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The letter outbox emptied every {@code ardesk.collections.delivery-interval-ms}, by one node of the
 * cluster at a time ({@link OncePerCluster}, lock {@value #LOCK}). The lock is held at most
 * {@code ardesk.letters.claim-timeout}: a node that dies while sending lets go no later than its claimed
 * letters become another node's, and a round that runs longer (thousands of letters) may meet a
 * second node's round, where each letter's claim still sends it once.
 */
@Component
class LetterOutboxSchedule {
  static final String LOCK = "letter-outbox";

  private final LetterDelivery letters;
  private final OutboxProperties properties;
  private final OncePerCluster cluster;
  private final Duration lockAtMost;

  LetterOutboxSchedule(LetterDelivery letters, OutboxProperties properties, OncePerCluster cluster,
      @Value("${ardesk.letters.claim-timeout:PT40S}") Duration lockAtMost) {
    this.letters = letters;
    this.properties = properties;
    this.cluster = cluster;
    this.lockAtMost = lockAtMost;
  }

  @Scheduled(fixedDelayString = "${ardesk.collections.delivery-interval-ms:10000}",
      initialDelayString = "${ardesk.collections.delivery-interval-ms:10000}")
  void onSchedule() {
    if (properties.scheduledDelivery()) {
      cluster.run(LOCK, lockAtMost, Duration.ZERO, letters::deliverPending);
    }
  }
}
