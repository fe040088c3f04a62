package io.ardesk.ledger.importing;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * The charsets a CSV import is read in: the one the request declares ({@code text/csv; charset=GBK}),
 * UTF-8 when it declares none. UTF-8 (and its subset US-ASCII), GBK, GB18030 and Big5 are read;
 * anything else is refused. Bytes that are not valid in the charset stop the import with the line
 * they are on ({@link DecodingReader}); nothing is replaced silently.
 */
public final class ImportCharsets {
  public static final List<String> ACCEPTED = List.of("UTF-8", "GBK", "GB18030", "Big5", "US-ASCII");

  private ImportCharsets() {}

  /** The charset for a declared name (null or blank: UTF-8). */
  public static Charset forName(String declared) {
    if (declared == null || declared.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    Charset charset;
    try {
      charset = Charset.forName(declared.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw refused(declared);
    }
    if (ACCEPTED.stream().noneMatch(name -> Charset.forName(name).equals(charset))) {
      throw refused(declared);
    }
    return charset;
  }

  /** A reader of the bytes in the charset, reporting invalid bytes with their line. */
  public static Reader reader(InputStream in, Charset charset) {
    return new DecodingReader(in, charset);
  }

  private static CharsetRefusedException refused(String declared) {
    return new CharsetRefusedException("CSV files are read in " + String.join(", ", ACCEPTED.subList(0, 4))
        + " (UTF-8 when the request names no charset), not in '" + declared + "'");
  }
}
