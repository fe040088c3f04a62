package io.ardesk.web;

import io.ardesk.letters.OutgoingLetter;
import io.ardesk.workflow.letters.LetterNotSentProcess;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A letter that could not be sent goes back into the outbox (credit and administrators). */
@RestController
public class LetterController {

  private final LetterNotSentProcess letters;

  LetterController(LetterNotSentProcess letters) {
    this.letters = letters;
  }

  /** Where a letter is on its way out. */
  public record LetterDelivery(long id, String customerNo, String recipient, String delivery, int attempts,
      String lastError, LocalDateTime nextAttemptAt, LocalDateTime sentAt) {
    static LetterDelivery of(OutgoingLetter letter) {
      return new LetterDelivery(letter.getId(), letter.getCustomerNo(), letter.getRecipient(),
          letter.getDelivery().name(), letter.getAttempts(), letter.getLastError(), letter.getNextAttemptAt(),
          letter.getSentAt());
    }
  }

  @PostMapping("/api/letters/{id}/requeue")
  @PreAuthorize(Roles.WRITE_CREDIT)
  @Operation(summary = "Re-queue a letter that could not be sent",
      description = "A FAILED letter goes back into the outbox with a fresh retry schedule and is sent at the next"
          + " look into the outbox; its open task for credit ends. 409 when the letter is not FAILED.")
  public LetterDelivery requeue(@PathVariable long id, Authentication user) {
    return LetterDelivery.of(letters.requeue(id, user.getName()));
  }
}
