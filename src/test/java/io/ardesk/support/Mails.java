package io.ardesk.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What a test reads of a sent e-mail: its HTML, the text of its PDF copy. */
public final class Mails {

  private Mails() {}

  /** The decoded HTML part of an e-mail. */
  public static String html(Part part) throws Exception {
    return read(part, "text/html", html -> (String) html.getContent());
  }

  /** The text of page 1 of the e-mail's PDF copy. */
  public static String pdfText(Part part) throws Exception {
    return read(part, "application/pdf", pdf -> new com.lowagie.text.pdf.parser.PdfTextExtractor(
        new com.lowagie.text.pdf.PdfReader(pdf.getInputStream().readAllBytes())).getTextFromPage(1));
  }

  private interface Reader {
    String read(Part part) throws Exception;
  }

  /** The first part of {@code mimeType}, depth first, as {@code reader} reads it; null when there is none. */
  private static String read(Part part, String mimeType, Reader reader) throws Exception {
    if (part.isMimeType(mimeType)) {
      return reader.read(part);
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = read(multipart.getBodyPart(i), mimeType, reader);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
