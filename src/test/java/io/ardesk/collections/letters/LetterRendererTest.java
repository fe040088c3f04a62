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

  /**
   * 500.00 CNY, 150.00 USD at 7.1 (1,065.00 CNY) and 200.00 HKD at 0.91 (182.00 CNY): the total 1,747.00
   * CNY names each converted currency with its rate and day, in the subject, the e-mail's heading and the PDF.
   */
  static LetterModel mixedCurrencies(String language) {
    LocalDate on = LocalDate.of(2026, 3, 31);
    return new LetterModel(Stage.LETTER_1, language, on, "C-200", "Harbour Lights Trading", "Ms Li",
        "1 Harbour Road", "CNY",
        List.of(
            new LetterModel.Item("INV-C", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), new BigDecimal("500.00"),
                28, new BigDecimal("7.00"), "CNY"),
            new LetterModel.Item("INV-H", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), new BigDecimal("200.00"),
                28, new BigDecimal("2.80"), "HKD"),
            new LetterModel.Item("INV-U", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), new BigDecimal("150.00"),
                28, new BigDecimal("2.10"), "USD")),
        new BigDecimal("1747.00"), new BigDecimal("24.46"), new BigDecimal("18.25"), "AR Desk Trading Co.",
        "Bank transfer to 6222 0000 1111", null, List.of(),
        List.of(new LetterModel.Conversion("HKD", new BigDecimal("200.00"), new BigDecimal("0.91"), on,
                new BigDecimal("182.00")),
            new LetterModel.Conversion("USD", new BigDecimal("150.00"), new BigDecimal("7.1"), on,
                new BigDecimal("1065.00"))));
  }

  @Test
  void aConvertedTotalShowsEachCurrencysRateAndDay() throws Exception {
    String english = "Payment reminder: 3 overdue invoice(s) of Harbour Lights Trading, 1,747.00 CNY"
        + " (200.00 HKD = 182.00 CNY at 0.91 on 2026-03-31; 150.00 USD = 1,065.00 CNY at 7.1 on 2026-03-31)";
    RenderedLetter letter = renderer.render(mixedCurrencies("en"));
    assertThat(letter.subject()).isEqualTo(english);
    assertThat(letter.html()).contains("<h2>" + english + "</h2>");
    assertThat(new PdfTextExtractor(new PdfReader(renderer.pdf(mixedCurrencies("en")))).getTextFromPage(1))
        .contains("1,065.00 CNY at 7.1 on 2026-03-31");

    assertThat(renderer.render(mixedCurrencies("zh")).subject()).isEqualTo("付款提醒：Harbour Lights Trading 逾期发票 3 张，"
        + "合计 1,747.00 元（200.00 HKD 按 2026年3月31日 汇率 0.91 折合 182.00 元；150.00 USD 按 2026年3月31日 汇率 7.1 折合 1,065.00 元）");
    assertThat(renderer.render(mixedCurrencies("zh-TW")).subject()).as("Traditional: 匯率")
        .endsWith("合計 1,747.00 元（200.00 HKD 按 2026年3月31日 匯率 0.91 折合 182.00 元；150.00 USD 按 2026年3月31日 匯率 7.1 折合 1,065.00 元）");
    assertThat(renderer.render(acmeSecondLetter("en")).subject()).as("nothing converted: no rate")
        .isEqualTo("Second notice: 2 overdue invoice(s) of Acme Trading Ltd, 12,400.50 CNY - deliveries suspended");
  }

  /** Simplified Chinese (zh-CN, and a bare zh): Simplified texts, 2026年3月3日, 12,400.50 元. */
  @Test
  void simplifiedChineseLetterWritesDaysAndAmountsInChinese() {
    for (String language : List.of("zh-CN", "zh")) {
      RenderedLetter letter = renderer.render(acmeSecondLetter(language));
      assertThat(letter.subject()).isEqualTo("第二次催款通知：Acme Trading Ltd 逾期发票 2 张，合计 12,400.50 元，已暂停供货");
      assertThat(letter.html())
          .contains("<title>第二次催款通知：Acme Trading Ltd 逾期发票 2 张，合计 12,400.50 元，已暂停供货</title>")
          .contains("<br><span>2026年4月10日</span>")
          .contains("<td>INV-1</td>", "<td>2026年2月1日</td>", "<td>2026年3月3日</td>", ">12,000.00<")
          .contains("<td colspan=\"3\">合计 (元)</td>")
          .contains("截至 2026年4月10日 按年利率 18.25% 计算的逾期利息：232.81 元。")
          .contains("我方已暂停对贵公司供货").contains("逾期天数")
          .doesNotContain("2026-04-10", "2026-03-03", "CNY");
    }
  }

  /** Traditional Chinese (zh-TW): Traditional texts (發票, 催款, 停止供貨, 逾期天數), the same days and amounts. */
  @Test
  void traditionalChineseLetterIsInTraditionalCharacters() {
    RenderedLetter letter = renderer.render(acmeSecondLetter("zh-TW"));
    assertThat(letter.subject()).isEqualTo("第二次催款通知：Acme Trading Ltd 逾期發票 2 張，合計 12,400.50 元，已停止供貨");
    assertThat(letter.html())
        .contains("<title>第二次催款通知：Acme Trading Ltd 逾期發票 2 張，合計 12,400.50 元，已停止供貨</title>")
        .contains("<html lang=\"zh-TW\">")
        .contains("<p>Ms Li：您好！</p>")
        .contains("<br><span>2026年4月10日</span>")
        .contains("<th>發票號</th><th>開票日期</th>", "<th>逾期天數</th>")
        .contains("<td>INV-2</td>", "<td>2026年2月15日</td>", "<td>2026年3月17日</td>", ">400.50<")
        .contains("<td colspan=\"3\">合計 (元)</td>")
        .contains("我方第一次催款函寄出後，下列發票仍未付清。在逾期款項結清之前，我方已停止對貴公司供貨。")
        .contains("截至 2026年4月10日 按年利率 18.25% 計算的逾期利息：232.81 元。")
        .doesNotContain("发票", "逾期天数", "2026-04-10", "CNY");
  }

  /** A measure's day and currency are written as the reader writes them, too. */
  @Test
  void aCashDiscountOfferNamesItsDayInChinese() {
    LetterModel plain = acmeSecondLetter("zh-TW");
    LetterModel offer = new LetterModel(plain.stage(), plain.language(), plain.letterDate(), plain.customerNo(),
        plain.customerName(), plain.contactPerson(), plain.address(), plain.currency(), plain.items(), plain.total(),
        plain.interest(), plain.annualRatePercent(), plain.companyName(), plain.paymentInstructions(), plain.totals(),
        List.of(new LetterModel.Measure("CASH_DISCOUNT", new BigDecimal("248.01"), "CNY", new BigDecimal("2"),
            LocalDate.of(2026, 4, 30), null)));
    assertThat(renderer.render(offer).html())
        .contains("如貴公司於 2026年4月30日 前付清全部逾期款項，本公司將給予 2% 的現金折扣（248.01 元）。");
  }

  @Test
  void pdfCopyCarriesTheSameItemsAndTotal() throws Exception {
    byte[] pdf = renderer.pdf(acmeSecondLetter("en"));
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertThat(text).contains("INV-1").contains("INV-2").contains("12,400.50").contains("232.81")
        .contains("We have suspended deliveries").contains("2026-03-17");
    assertThat(renderer.pdf(acmeSecondLetter("zh"))).startsWith("%PDF".getBytes());
  }

  /**
   * A Chinese letter's PDF carries its font (a subset, TrueType, embedded): the text read back from it
   * is the Chinese of the letter, in any viewer; dates are written 2026年4月10日, renminbi 元.
   */
  @Test
  void chinesePdfEmbedsItsFontAndReadsBackInChinese() throws Exception {
    byte[] bytes = renderer.pdf(acmeSecondLetter("zh-CN"));
    // kept for a look with other readers: pdffonts target/letters/zh-letter.pdf, pdftotext
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "zh-letter.pdf"), bytes);
    PdfReader pdf = new PdfReader(bytes);
    String text = new PdfTextExtractor(pdf).getTextFromPage(1);
    assertThat(text).contains("第二次催款通知：Acme Trading Ltd 逾期发票 2 张，合计 12,400.50 元")
        .contains("我方已暂停对贵公司供货").contains("逾期天数").contains("截至 2026年4月10日").contains("2026年3月17日")
        .contains("合计 (元)").contains("INV-2").contains("12,400.50");
    List<String> fonts = embeddedFonts(pdf);
    assertThat(fonts).singleElement().asString().endsWith("+ARDeskSansCJK-Regular");
  }

  /** The Traditional letter's PDF reads back in Traditional characters from the same embedded font. */
  @Test
  void traditionalChinesePdfReadsBackInTraditionalCharacters() throws Exception {
    byte[] bytes = renderer.pdf(acmeSecondLetter("zh-TW"));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "zh-TW-letter.pdf"), bytes);
    PdfReader pdf = new PdfReader(bytes);
    String text = new PdfTextExtractor(pdf).getTextFromPage(1);
    assertThat(text).contains("第二次催款通知：Acme Trading Ltd 逾期發票 2 張，合計 12,400.50 元，已停")
        .contains("在逾期款項結清之前，我方已停止對貴公司供貨").contains("逾期天數").contains("截至 2026年4月10日")
        .contains("2026年3月17日").contains("合計 (元)").contains("此致敬禮");
    assertThat(embeddedFonts(pdf)).singleElement().asString().endsWith("+ARDeskSansCJK-Regular");
  }

  /**
   * Every character of the Chinese letter texts (both scripts: dunning, extension, statement, payment
   * reminder) has a glyph in AR Desk Sans CJK: none prints as a blank box in a PDF.
   */
  @Test
  void theEmbeddedFontHasEveryCharacterOfTheChineseTexts() throws Exception {
    com.lowagie.text.pdf.BaseFont font = io.ardesk.letters.PdfFonts.forLanguage("zh-TW");
    StringBuilder missing = new StringBuilder();
    for (String bundle : List.of("letters/dunning", "letters/extension", "letters/statement", "orders/payment-reminder")) {
      for (String language : List.of("zh", "zh_TW")) {
        java.util.Properties texts = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("templates/" + bundle + "_" + language
            + ".properties")) {
          texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        texts.values().forEach(value -> value.toString().codePoints().filter(c -> c > 0x7f)
            .filter(c -> !font.charExists(c)).forEach(c -> missing.append(String.format("U+%04X ", c))));
      }
    }
    assertThat(missing.toString()).as("characters without a glyph").isEmpty();
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
