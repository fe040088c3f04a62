package io.ardesk.statements;

import io.ardesk.letters.Enclosure;
import io.ardesk.letters.OutgoingLetter;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The PDF copy a statement letter (and its reminder) carries, made from the statement as stored. */
@Component
class StatementCopy implements Enclosure {
  private final Statements statements;
  private final StatementPdf pdf;

  StatementCopy(Statements statements, StatementPdf pdf) {
    this.statements = statements;
    this.pdf = pdf;
  }

  @Override
  public Optional<Document> of(OutgoingLetter letter) {
    if (!StatementLetters.STATEMENT.equals(letter.getKind()) && !StatementLetters.REMINDER.equals(letter.getKind())) {
      return Optional.empty();
    }
    String reference = letter.getReference();
    int colon = reference.lastIndexOf(':');
    String customerNo = reference.substring(0, colon);
    YearMonth month = YearMonth.parse(reference.substring(colon + 1));
    StatementView statement = statements.get(customerNo, month);
    return Optional.of(new Document("statement-" + customerNo + "-" + month + ".pdf", pdf.render(statement.content()),
        "application/pdf"));
  }
}
