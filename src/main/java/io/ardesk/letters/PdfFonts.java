package io.ardesk.letters;

import com.lowagie.text.pdf.BaseFont;
import io.ardesk.language.LocaleFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of AR Desk's PDFs (letters, statements). Chinese text is set in AR Desk Sans CJK, a subset
 * of Noto Sans CJK SC (OFL 1.1, {@code fonts/README.md}) with TrueType outlines, embedded in each PDF
 * with the glyphs it uses: any viewer shows the characters, without an Asian font pack. English text
 * stays in Helvetica, which every viewer has.
 */
public final class PdfFonts {

  public static final String CJK_FONT = "fonts/ARDeskSansCJK-Regular.ttf";

  private static volatile byte[] cjk;

  private PdfFonts() {}

  /**
   * The base font of a letter or statement in {@code language}: AR Desk Sans CJK for Chinese ({@code zh},
   * {@code zh-TW}, {@code zh-CN}; both scripts are in the subset), else Helvetica.
   */
  public static BaseFont forLanguage(String language) {
    try {
      if (LocaleFormat.of(language).chinese()) {
        return BaseFont.createFont(CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, cjkBytes(), null);
      }
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the font of a " + language + " PDF", e);
    }
  }

  private static byte[] cjkBytes() throws IOException {
    byte[] bytes = cjk;
    if (bytes == null) {
      try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(CJK_FONT)) {
        if (in == null) {
          throw new IOException(CJK_FONT + " is not on the class path");
        }
        bytes = in.readAllBytes();
      }
      cjk = bytes;
    }
    return bytes;
  }
}
