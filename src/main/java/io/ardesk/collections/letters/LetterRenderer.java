package io.ardesk.collections.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import io.ardesk.language.LocaleFormat;
import io.ardesk.letters.PdfFonts;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders dunning letters from the template {@code templates/letters/dunning.html} and its texts in
 * {@code dunning_<language>.properties}, one wording per stage and language ({@code _en}; {@code _zh}
 * Simplified, {@code _zh_TW} Traditional), to HTML for the e-mail and to a PDF copy attached to it. The
 * e-mail, its subject and the PDF write days and amounts as the letter's reader does
 * ({@link LocaleFormat}: {@code 2026年12月6日}, {@code 12,400.00 元} in Chinese).
 */
@Component
public class LetterRenderer {

  static final String TEXTS = "templates/letters/dunning";

  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  public LetterRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/letters/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  public RenderedLetter render(LetterModel letter) {
    Locale locale = locale(letter);
    Context context = new Context(locale);
    context.setVariable("letter", letter);
    context.setVariable("stageKey", "LETTER_" + letter.letterNumber());
    formats(context, letter.language());
    context.setVariable("currencyAndRates", currencyAndRates(letter, texts(letter)));
    String html = templates.process("dunning", context);
    return new RenderedLetter(subject(letter), html);
  }

  /**
   * Renders another letter from {@code templates/letters/<template>.html} with its texts in
   * {@code <template>_<language>.properties}; {@code money}, {@code date} and {@code currencyName} write
   * amounts, days and currencies as in dunning letters.
   */
  public String html(String template, String language, java.util.Map<String, Object> variables) {
    Context context = new Context(Locale.forLanguageTag(language));
    context.setVariables(variables);
    formats(context, language);
    return templates.process(template, context);
  }

  /** The templates' formatters in the letter's language: {@code money}, {@code date}, {@code currencyName}. */
  private static void formats(Context context, String language) {
    LocaleFormat format = LocaleFormat.of(language);
    context.setVariable("money", (java.util.function.Function<BigDecimal, String>) LetterRenderer::money);
    context.setVariable("date", (java.util.function.Function<LocalDate, String>) format::date);
    context.setVariable("currencyName", (java.util.function.Function<String, String>) format::currency);
  }

  /** One text of another letter's bundle, with its arguments. */
  public String text(String template, String language, String key, Object... arguments) {
    ResourceBundle texts = ResourceBundle.getBundle("templates/letters/" + template, Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return MessageFormat.format(texts.getString(key), arguments);
  }

  public String subject(LetterModel letter) {
    ResourceBundle texts = texts(letter);
    return MessageFormat.format(texts.getString("subject.LETTER_" + letter.letterNumber()), letter.customerName(),
        letter.items().size(), money(letter.total()), currencyAndRates(letter, texts));
  }

  /**
   * The total's currency, followed by how items in other currencies were converted into it, each with
   * its rate and day, as the letter's reader writes them: "CNY (1,000.00 USD = 7,100.00 CNY at 7.1 on 1990-11-30)",
   * "元（1,000.00 USD 按 1990年11月30日 汇率 7.1 折合 7,100.00 元）".
   */
  static String currencyAndRates(LetterModel letter, ResourceBundle texts) {
    LocaleFormat format = LocaleFormat.of(letter.language());
    String currency = format.currency(letter.currency());
    if (letter.conversions().isEmpty()) {
      return currency;
    }
    String conversions = letter.conversions().stream().map(c -> MessageFormat.format(texts.getString("converted"),
        money(c.amount()), format.currency(c.currency()), money(c.converted()), currency, c.rate().toPlainString(),
        format.date(c.on()))).collect(java.util.stream.Collectors.joining(texts.getString("converted.separator")));
    return currency + MessageFormat.format(texts.getString("converted.all"), conversions);
  }

  /** The PDF copy: the same texts and items as the e-mail. */
  public byte[] pdf(LetterModel letter) {
    ResourceBundle texts = texts(letter);
    String stageKey = "LETTER_" + letter.letterNumber();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      LocaleFormat format = LocaleFormat.of(letter.language());
      BaseFont base = PdfFonts.forLanguage(letter.language());
      Font body = new Font(base, 10);
      Font bold = new Font(base, 10, Font.BOLD);
      Font title = new Font(base, 14, Font.BOLD);
      document.add(new Paragraph(letter.companyName(), bold));
      document.add(new Paragraph(format.date(letter.letterDate()), body));
      document.add(new Paragraph(letter.customerName() + (letter.address() == null ? "" : "\n" + letter.address()),
          body));
      document.add(new Paragraph(" ", body));
      document.add(new Paragraph(subject(letter), title));
      document.add(new Paragraph(MessageFormat.format(texts.getString("salutation"),
          letter.contactPerson() == null ? letter.customerName() : letter.contactPerson()), body));
      document.add(new Paragraph(texts.getString("opening." + stageKey), body));
      PdfPTable table = new PdfPTable(new float[] {3, 2.6f, 2.6f, 3, 2, 2});
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      table.setSpacingAfter(8);
      for (String column : new String[] {"invoice", "issued", "due", "open", "days", "interest"}) {
        table.addCell(new PdfPCell(new Phrase(texts.getString("column." + column), bold)));
      }
      for (LetterModel.Item item : letter.items()) {
        table.addCell(new Phrase(item.invoiceNo(), body));
        table.addCell(new Phrase(format.date(item.issueDate()), body));
        table.addCell(new Phrase(format.date(item.dueDate()), body));
        table.addCell(right(money(item.openAmount()) + letter.foreignCurrency(item), body));
        table.addCell(right(Long.toString(item.daysPastDue()), body));
        table.addCell(right(money(item.interest()), body));
      }
      for (LetterModel.Total sum : letter.totals()) {
        PdfPCell totalLabel = new PdfPCell(new Phrase(texts.getString("total") + " (" + format.currency(sum.currency()) + ")", bold));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(right(money(sum.openAmount()), bold));
        table.addCell(new Phrase("", body));
        table.addCell(right(money(sum.interest()), bold));
      }
      document.add(table);
      document.add(new Paragraph(MessageFormat.format(texts.getString("interest"),
          format.date(letter.letterDate()),
          letter.annualRatePercent().stripTrailingZeros().toPlainString(), money(letter.interest()),
          format.currency(letter.currency())), body));
      for (LetterModel.Measure m : letter.measures()) {
        document.add(new Paragraph(m.penaltyInterest()
            ? MessageFormat.format(texts.getString("measure.penaltyInterest"), money(m.amount()),
                format.currency(m.currency()), m.chargeNo())
            : MessageFormat.format(texts.getString("measure.cashDiscount"), m.percent(), money(m.amount()),
                format.currency(m.currency()), format.date(m.payBy())), body));
      }
      document.add(new Paragraph(texts.getString("closing." + stageKey), body));
      document.add(new Paragraph(texts.getString("howToPay") + " " + letter.paymentInstructions(), body));
      document.add(new Paragraph(texts.getString("signature") + "\n" + letter.companyName(), body));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render the PDF copy of the letter to " + letter.customerNo(), e);
    }
    return out.toByteArray();
  }

  private static PdfPCell right(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  /** {@code 12,400.00}: {@link LocaleFormat#money(BigDecimal)}. */
  public static String money(BigDecimal amount) {
    return LocaleFormat.money(amount);
  }

  private static Locale locale(LetterModel letter) {
    return Locale.forLanguageTag(letter.language());
  }

  private static ResourceBundle texts(LetterModel letter) {
    return ResourceBundle.getBundle(TEXTS, locale(letter), ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
