package io.ardesk.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly ({@link CodingErrorAction#REPORT}): the characters before an invalid byte
 * sequence are delivered, then reading fails with {@link UndecodableInputException} naming the line
 * the bad bytes are on, so the import reports it like any bad row. A leading byte-order mark is skipped.
 */
final class DecodingReader extends Reader {
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;
  /** Lines completed in the characters decoded so far (handed out or waiting in {@link #chars}). */
  private int newlines;
  private UndecodableInputException pending;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next characters into {@link #chars} (which is empty), reading bytes as needed. */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && pending == null && !flushed) {
        if (!bytes.hasRemaining() || !endOfInput && bytes.remaining() < 16) {
          readBytes();
        }
        int before = chars.position();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        count(before);
        if (result.isError()) {
          pending = new UndecodableInputException(newlines + 1, charset, result.length());
        } else if (endOfInput && !bytes.hasRemaining()) {
          before = chars.position();
          CoderResult end = decoder.flush(chars);
          count(before);
          if (end.isOverflow()) {
            continue;
          }
          flushed = true;
        }
      }
    } finally {
      chars.flip();
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(0) == '\uFEFF') {
          chars.get();
        }
      }
    }
  }

  private void count(int from) {
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        newlines++;
      }
    }
  }

  private void readBytes() throws IOException {
    if (endOfInput) {
      return;
    }
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Bytes that are not valid in the file's charset, on {@link #line()}. */
  static final class UndecodableInputException extends IOException {
    private final int line;

    UndecodableInputException(int line, Charset charset, int length) {
      super(length + " byte(s) are not valid " + charset.name()
          + "; send the file in the charset the request declares (text/csv; charset=...)");
      this.line = line;
    }

    int line() {
      return line;
    }
  }
}
