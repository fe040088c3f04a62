package io.ardesk.ledger.importing;

/** A file declared in a charset the imports do not read (answered 415). */
public class CharsetRefusedException extends RuntimeException {
  public CharsetRefusedException(String message) {
    super(message);
  }
}
