package io.ardesk.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message whose Message-ID is derived from the outbox row's key, not a random one: a message
 * re-sent after a crash between sending and marking it sent is recognisable as the same message.
 */
final class KeyedMimeMessage extends MimeMessage {
  private final String messageId;

  KeyedMimeMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
