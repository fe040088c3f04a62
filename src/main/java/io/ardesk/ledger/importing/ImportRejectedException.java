package io.ardesk.ledger.importing;

import java.util.List;

/** The file had bad rows; nothing of it was written. */
public class ImportRejectedException extends RuntimeException {
  private final List<LineError> errors;

  public ImportRejectedException(List<LineError> errors) {
    super(errors.size() + " bad rows or cells; nothing was imported");
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
