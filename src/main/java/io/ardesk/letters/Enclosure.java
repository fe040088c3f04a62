package io.ardesk.letters;

import java.io.IOException;
import java.util.Optional;

/**
 * A document enclosed with letters of some kind, made when the letter leaves (the dunning letter's
 * PDF copy). The module that writes such letters provides it as a bean; the outbox knows none of them.
 */
public interface Enclosure {

  /** The document enclosed with this letter, or empty when the letter has none. */
  Optional<Document> of(OutgoingLetter letter) throws IOException;

  record Document(String fileName, byte[] content, String contentType) {}
}
