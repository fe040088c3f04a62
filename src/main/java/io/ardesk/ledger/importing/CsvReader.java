package io.ardesk.ledger.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma separated, fields in double quotes may hold commas, line breaks and
 * doubled quotes; CRLF or LF line ends; a leading UTF-8 byte-order mark is skipped. It reads one
 * record at a time, so a file of any size streams through.
 */
public final class CsvReader implements AutoCloseable {
  private final Reader in;
  private int line = 1;
  private int recordLine;
  private boolean started;
  private int pushedBack = -2;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The line the last record returned by {@link #next()} started on (1-based). */
  public int line() {
    return recordLine;
  }

  /** The next record, or null at the end. A blank line is returned as an empty list. */
  public List<String> next() {
    try {
      int c = read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = read();
        }
      }
      if (c == -1) {
        return null;
      }
      recordLine = line;
      var fields = new ArrayList<String>();
      var field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new CsvFormatException(recordLine, "a quoted field is not closed");
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              pushBack(d);
            }
          }
          if (c != -1) {
            line++;
          }
          if (fields.isEmpty() && field.isEmpty() && !wasQuoted) {
            return List.of();
          }
          fields.add(field.toString());
          return fields;
        } else if (wasQuoted) {
          throw new CsvFormatException(recordLine, "text after a closing quote");
        } else {
          field.append((char) c);
        }
        c = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void pushBack(int c) {
    pushedBack = c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The file is not valid CSV at {@code line}. */
  public static final class CsvFormatException extends RuntimeException {
    private final int line;

    public CsvFormatException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }
}
