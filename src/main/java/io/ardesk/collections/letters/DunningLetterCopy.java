package io.ardesk.collections.letters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.letters.Enclosure;
import io.ardesk.letters.OutgoingLetter;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The PDF copy a dunning letter carries, made from the letter's content when it leaves. */
@Component
class DunningLetterCopy implements Enclosure {

  private final LetterRenderer renderer;
  private final ObjectMapper json;

  DunningLetterCopy(LetterRenderer renderer, ObjectMapper json) {
    this.renderer = renderer;
    this.json = json;
  }

  @Override
  public Optional<Document> of(OutgoingLetter letter) throws IOException {
    if (!LetterWriter.DUNNING.equals(letter.getKind())) {
      return Optional.empty();
    }
    LetterModel model = json.readValue(letter.getContentJson(), LetterModel.class);
    return Optional.of(new Document(
        "letter-" + letter.getCustomerNo() + "-" + letter.getStage().toLowerCase(Locale.ROOT) + ".pdf",
        renderer.pdf(model), "application/pdf"));
  }
}
