package io.ardesk.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.ardesk.collections.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

  final LetterRenderer renderer = new LetterRenderer();

  static LetterModel acmeSecondLetter(String language) {
    return new LetterModel(Stage.LETTER_2, language, LocalDate.of(2026, 4, 10), "C-100", "Acme Trading Ltd",
        "Ms Li", "1 Harbour Road", "CNY",
        List.of(
            new LetterModel.Item("INV-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), new BigDecimal("12000.00"),
                38, new BigDecimal("228.00")),
            new LetterModel.Item("INV-2", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 17), new BigDecimal("400.50"),
                24, new BigDecimal("4.81"))),
        new BigDecimal("12400.50"), new BigDecimal("232.81"), new BigDecimal("18.25"), "AR Desk Trading Co.",
        "Bank transfer to 6222 0000 1111, reference your customer number", null, List.of());
  }

  @Test
  void englishSecondLetterListsEveryItemTotalInterestAndSaysSupplyIsStopped() {
    RenderedLetter letter = renderer.render(acmeSecondLetter("en"));
    assertThat(letter.subject())
        .isEqualTo("Second notice: 2 overdue invoice(s) of Acme Trading Ltd, 12,400.50 CNY - deliveries suspended");
    assertThat(letter.html())
        .contains("Dear Ms Li,")
        .contains("<td>INV-1</td>", "<td>2026-03-03</td>", ">12,000.00<", ">38<", ">228.00<")
        .contains("<td>INV-2</td>", ">400.50<", ">24<")
        .contains(">12,400.50<", ">232.81<")
        .contains("We have suspended deliveries to you")
        .contains("Penalty interest accrued to 2026-04-10 at 18.25% a year: 232.81 CNY")
        .contains("Bank transfer to 6222 0000 1111");
  }

  @Test
  void chineseLetterUsesTheChineseTexts() {
    RenderedLetter letter = renderer.render(acmeSecondLetter("zh"));
    assertThat(letter.subject()).isEqualTo("第二次催款通知：Acme Trading Ltd 逾期发票 2 张，合计 12,400.50 CNY，已暂停供货");
    assertThat(letter.html()).contains("我方已暂停对贵公司供货").contains("逾期天数").contains("<td>INV-2</td>");
  }

  @Test
  void pdfCopyCarriesTheSameItemsAndTotal() throws Exception {
    byte[] pdf = renderer.pdf(acmeSecondLetter("en"));
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertThat(text).contains("INV-1").contains("INV-2").contains("12,400.50").contains("232.81")
        .contains("We have suspended deliveries");
    assertThat(renderer.pdf(acmeSecondLetter("zh"))).startsWith("%PDF".getBytes());
  }

  /**
   * A Chinese letter's PDF carries its font (a subset, TrueType, embedded): the text read back from it
   * is the Chinese of the letter, in any viewer; dates are written 2026年4月10日.
   */
  @Test
  void chinesePdfEmbedsItsFontAndReadsBackInChinese() throws Exception {
    byte[] bytes = renderer.pdf(acmeSecondLetter("zh"));
    // kept for a look with other readers: pdffonts target/letters/zh-letter.pdf, pdftotext
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "zh-letter.pdf"), bytes);
    PdfReader pdf = new PdfReader(bytes);
    String text = new PdfTextExtractor(pdf).getTextFromPage(1);
    assertThat(text).contains("第二次催款通知：Acme Trading Ltd 逾期发票 2 张，合计 12,400.50 CNY")
        .contains("我方已暂停对贵公司供货").contains("逾期天数").contains("截至 2026年4月10日").contains("2026年3月17日")
        .contains("INV-2").contains("12,400.50");
    List<String> fonts = embeddedFonts(pdf);
    assertThat(fonts).singleElement().asString().endsWith("+ARDeskSansCJK-Regular");
  }

  /** The base fonts of page 1 whose descriptor holds the font program (FontFile2: TrueType). */
  static List<String> embeddedFonts(PdfReader pdf) {
    List<String> embedded = new java.util.ArrayList<>();
    com.lowagie.text.pdf.PdfDictionary fonts = pdf.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
        .getAsDict(com.lowagie.text.pdf.PdfName.FONT);
    for (com.lowagie.text.pdf.PdfName name : fonts.getKeys()) {
      com.lowagie.text.pdf.PdfDictionary font = fonts.getAsDict(name);
      com.lowagie.text.pdf.PdfArray descendants = font.getAsArray(com.lowagie.text.pdf.PdfName.DESCENDANTFONTS);
      com.lowagie.text.pdf.PdfDictionary described = descendants == null ? font
          : (com.lowagie.text.pdf.PdfDictionary) com.lowagie.text.pdf.PdfReader.getPdfObject(descendants.getPdfObject(0));
      com.lowagie.text.pdf.PdfDictionary descriptor = described.getAsDict(com.lowagie.text.pdf.PdfName.FONTDESCRIPTOR);
      if (descriptor != null && descriptor.get(com.lowagie.text.pdf.PdfName.FONTFILE2) != null) {
        embedded.add(font.getAsName(com.lowagie.text.pdf.PdfName.BASEFONT).toString().substring(1));
      }
    }
    return embedded;
  }
}
