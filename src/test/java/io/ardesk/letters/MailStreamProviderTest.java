package io.ardesk.letters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jakarta.mail's stream provider is named once when the outbox's sender is loaded, so jakarta.mail does
 * not ask the ServiceLoader for it for every body part of every letter (docs/cluster-check.md, R2, R3).
 */
class MailStreamProviderTest {

  /** Loads the sender as the application does before its first letter. */
  @BeforeAll
  static void loadTheSender() throws Exception {
    Class.forName(LetterDelivery.class.getName(), true, LetterDelivery.class.getClassLoader());
  }

  @Test
  void theSenderNamesAngusMailsStreamProvider() {
    assertThat(System.getProperty(LetterDelivery.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
  }

  @Test
  void aProviderNamedAlreadyOrMissingIsLeftAlone() {
    String named = System.getProperty(LetterDelivery.STREAM_PROVIDER);
    try {
      System.setProperty(LetterDelivery.STREAM_PROVIDER, "com.example.OwnStreamProvider");
      LetterDelivery.pinStreamProvider(MailStreamProvider.class.getName());
      assertThat(System.getProperty(LetterDelivery.STREAM_PROVIDER)).isEqualTo("com.example.OwnStreamProvider");

      System.clearProperty(LetterDelivery.STREAM_PROVIDER);
      LetterDelivery.pinStreamProvider("com.example.NoSuchStreamProvider");
      assertThat(System.getProperty(LetterDelivery.STREAM_PROVIDER)).as("not on the class path: not named").isNull();
    } finally {
      if (named == null) {
        System.clearProperty(LetterDelivery.STREAM_PROVIDER);
      } else {
        System.setProperty(LetterDelivery.STREAM_PROVIDER, named);
      }
    }
  }
}
