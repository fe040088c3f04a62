package io.ardesk.support;

/** What a test reads of a sent e-mail: its HTML, the text of its PDF copy. */
public final class Mails {

  private Mails() {}

  /** The decoded HTML part of an e-mail. */
  public static String html(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String html = html(multipart.getBodyPart(i));
        if (html != null) {
          return html;
        }
      }
    }
    return null;
  }

  /** The text of page 1 of the e-mail's PDF copy. */
  public static String pdfText(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("application/pdf")) {
      byte[] pdf = part.getInputStream().readAllBytes();
      return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = pdfText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
