package io.ardesk.statements;

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
import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.letters.LetterRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The statement of account as a PDF (OpenPDF), in the statement's language, per currency. */
@Component
public class StatementPdf {
  private final LetterRenderer renderer;
  private final CollectionsProperties collections;

  StatementPdf(LetterRenderer renderer, CollectionsProperties collections) {
    this.renderer = renderer;
    this.collections = collections;
  }

  public byte[] render(StatementContent statement) {
    String language = statement.language();
    LocaleFormat format = LocaleFormat.of(language);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      BaseFont base = PdfFonts.forLanguage(language);
      Font body = new Font(base, 9);
      Font bold = new Font(base, 9, Font.BOLD);
      Font title = new Font(base, 14, Font.BOLD);
      document.add(new Paragraph(collections.companyName(), bold));
      document.add(new Paragraph(format.date(statement.statementDate()), body));
      document.add(new Paragraph(statement.customerName() + " (" + statement.customerNo() + ")"
          + (statement.address() == null ? "" : "\n" + statement.address()), body));
      document.add(new Paragraph(" ", body));
      document.add(new Paragraph(text(language, "title", format.date(statement.from()), format.date(statement.to())), title));
      for (StatementContent.CurrencySection section : statement.currencies()) {
        document.add(new Paragraph(text(language, "currency", section.currency()), bold));
        // the day columns hold a Chinese day (1991年12月31日) on one line
        PdfPTable table = new PdfPTable(new float[] {3, 1.8f, 3, 2.4f, 3, 2.2f, 2.2f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (String column : new String[] {"date", "type", "document", "reference", "due", "debit", "credit", "balance"}) {
          table.addCell(new PdfPCell(new Phrase(text(language, "column." + column), bold)));
        }
        PdfPCell openingLabel = new PdfPCell(new Phrase(text(language, "openingBalance"), bold));
        openingLabel.setColspan(7);
        table.addCell(openingLabel);
        table.addCell(right(section.openingBalance(), bold));
        for (StatementContent.Line line : section.lines()) {
          table.addCell(new Phrase(format.date(line.date()), body));
          table.addCell(new Phrase(text(language, "type." + line.type())
              + (line.postedLate() ? " (" + text(language, "postedLate") + ")" : ""), body));
          table.addCell(new Phrase(line.documentNo(), body));
          table.addCell(new Phrase(line.reference() == null ? "" : line.reference(), body));
          table.addCell(new Phrase(format.date(line.dueDate()), body));
          table.addCell(right(line.debit(), body));
          table.addCell(right(line.credit(), body));
          table.addCell(right(line.balance(), body));
        }
        PdfPCell totals = new PdfPCell(new Phrase(text(language, "closingBalance"), bold));
        totals.setColspan(5);
        table.addCell(totals);
        table.addCell(right(section.totalDebits(), bold));
        table.addCell(right(section.totalCredits(), bold));
        table.addCell(right(section.closingBalance(), bold));
        document.add(table);
        PdfPTable agingTable = new PdfPTable(section.aging().size());
        agingTable.setWidthPercentage(100);
        for (String bucket : section.aging().keySet()) {
          agingTable.addCell(new PdfPCell(new Phrase(bucketLabel(language, bucket), bold)));
        }
        for (Map.Entry<String, BigDecimal> entry : section.aging().entrySet()) {
          agingTable.addCell(right(entry.getValue(), body));
        }
        document.add(new Paragraph(text(language, "aging", format.date(statement.to())), bold));
        document.add(agingTable);
      }
      document.add(new Paragraph(" ", body));
      document.add(new Paragraph(text(language, "confirm"), body));
      document.add(new Paragraph(text(language, "signature"), body));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render the statement of " + statement.customerNo(), e);
    }
    return out.toByteArray();
  }

  private String bucketLabel(String language, String bucket) {
    return StatementContent.ON_ACCOUNT.equals(bucket) || "NOT_DUE".equals(bucket)
        ? text(language, "bucket." + bucket) : bucket;
  }

  private String text(String language, String key, Object... arguments) {
    return renderer.text(StatementLetters.TEMPLATE, language, key, arguments);
  }

  private static PdfPCell right(BigDecimal amount, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(amount == null ? "" : LetterRenderer.money(amount), font));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }
}
