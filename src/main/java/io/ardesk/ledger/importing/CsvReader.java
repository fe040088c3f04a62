package io.ardesk.ledger.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read with Jackson CSV: comma separated, fields in double quotes may hold commas,
 * line breaks and doubled quotes; CRLF or LF line ends; a leading byte-order mark is skipped. It reads
 * one record at a time, so a file of any size streams through, and it refuses a field longer than
 * {@link #MAX_FIELD_LENGTH} characters or a record of more than {@link #MAX_FIELDS} fields, so a
 * hostile line cannot fill the memory. Invalid bytes ({@link DecodingReader}) are reported with their line.
 */
public final class CsvReader implements AutoCloseable {
  /** Characters in one field: the longest column an import fills holds 500. */
  public static final int MAX_FIELD_LENGTH = 10_000;
  /** Fields in one record: the widest layout has 19 columns. */
  public static final int MAX_FIELDS = 200;

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_LENGTH).build())
      .build();

  private final CsvParser parser;
  private int recordLine;

  public CsvReader(Reader in) {
    try {
      var unmarked = new PushbackReader(in, 1);
      int first = unmarked.read();
      if (first >= 0 && first != '\uFEFF') {
        unmarked.unread(first);
      }
      parser = (CsvParser) FACTORY.createParser(unmarked);
      parser.setSchema(CsvSchema.emptySchema());
    } catch (DecodingReader.UndecodableInputException e) {
      throw new CsvFormatException(e.line(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line the last record returned by {@link #next()} started on (1-based). */
  public int line() {
    return recordLine;
  }

  /** The next record, or null at the end. A blank line is returned as an empty list. */
  public List<String> next() {
    try {
      JsonToken token = parser.nextToken();
      while (token != null && token != JsonToken.START_ARRAY) {
        token = parser.nextToken();
      }
      if (token == null) {
        return null;
      }
      // where the parser stands when it opens a record: the record's first line
      recordLine = parser.currentLocation().getLineNr();
      var fields = new ArrayList<String>();
      for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
        if (fields.size() == MAX_FIELDS) {
          throw new CsvFormatException(recordLine, "has more than " + MAX_FIELDS + " fields");
        }
        fields.add(parser.getText());
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        return List.of();
      }
      return fields;
    } catch (DecodingReader.UndecodableInputException e) {
      throw new CsvFormatException(e.line(), e.getMessage());
    } catch (StreamConstraintsException e) {
      throw new CsvFormatException(Math.max(1, recordLine),
          "a field is longer than " + MAX_FIELD_LENGTH + " characters");
    } catch (JsonProcessingException e) {
      throw new CsvFormatException(Math.max(1, recordLine), message(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's message without its source description. */
  private static String message(String original) {
    if (original == null) {
      return "is not valid CSV";
    }
    if (original.startsWith("Missing closing quote")) {
      return "a quoted field is not closed";
    }
    if (original.startsWith("Expected separator")) {
      return "text after a closing quote";
    }
    return original;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** The file is not valid CSV (or not valid in its charset) at {@code line}. */
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
