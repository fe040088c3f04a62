package io.ardesk.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads every {@link BigDecimal} of a request body (amounts, limits) as a plain decimal: digits, an
 * optional sign and decimal point, at most {@link #MAX_LENGTH} characters, no exponent. A number such
 * as {@code 1e100000000} is refused while parsing, before any arithmetic could spend minutes on it;
 * the scale and the digits of each field are then checked by Bean Validation on the request record.
 */
public class PlainDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
  /** Characters of a number we read at all (15 integer digits and 2 decimals need 19). */
  public static final int MAX_LENGTH = 40;
  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  public PlainDecimalDeserializer() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
        || token == JsonToken.VALUE_STRING) {
      String text = p.getText().trim();
      if (token == JsonToken.VALUE_STRING && text.isEmpty()) {
        return null;
      }
      return parse(p, text);
    }
    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
  }

  private static BigDecimal parse(JsonParser p, String text) throws RefusedNumberException {
    if (text.length() > MAX_LENGTH) {
      throw new RefusedNumberException(p, "is longer than " + MAX_LENGTH + " characters", text);
    }
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      throw new RefusedNumberException(p, "must be a plain decimal number, without an exponent", text);
    }
    if (!PLAIN.matcher(text).matches()) {
      throw new RefusedNumberException(p, "must be a decimal number with '.' as decimal point", text);
    }
    return new BigDecimal(text);
  }

  /** A number refused while parsing; the problem details name its field (422). */
  public static final class RefusedNumberException extends InvalidFormatException {
    private final String reason;

    RefusedNumberException(JsonParser p, String reason, String value) {
      super(p, reason, value.length() > 24 ? value.substring(0, 24) + "…" : value, BigDecimal.class);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }
}
