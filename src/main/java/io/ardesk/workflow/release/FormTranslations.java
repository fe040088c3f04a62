package io.ardesk.workflow.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms in the team's language, made when they are deployed: {@code forms/*.form} hold the one
 * definition of each step, in English; {@code forms/translations/zh-TW.json} and {@code zh-CN.json}
 * translate each English text (label, text block, description, date label, placeholder, option label)
 * to that language. Keys, option values, conditions and validation stay as they are, so the process,
 * the controls on submitted variables and the tests see the same form in every language.
 * docs/configuration.md, "Languages", says why at deployment rather than FEEL labels.
 */
public final class FormTranslations {

  private static final Logger log = LoggerFactory.getLogger(FormTranslations.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The properties of a form component that people read. */
  public static final List<String> TEXT_PROPERTIES =
      List.of("label", "text", "description", "dateLabel", "timeLabel", "placeholder");

  private FormTranslations() {}

  /** The catalogue of a language: English text → translation; empty for {@code en}. */
  public static Map<String, String> catalogue(String languageTag) {
    if ("en".equals(languageTag)) {
      return Map.of();
    }
    String resource = "forms/translations/" + languageTag + ".json";
    try (InputStream in = FormTranslations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no form translations " + resource);
      }
      Map<String, String> catalogue = new TreeMap<>();
      JSON.readTree(in).fields().forEachRemaining(e -> catalogue.put(e.getKey(), e.getValue().asText()));
      return catalogue;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Every text of the form people read, in the order it appears. */
  public static List<String> texts(byte[] form) {
    List<String> texts = new ArrayList<>();
    walk(read(form), text -> {
      texts.add(text);
      return text;
    });
    return texts;
  }

  /** The forms (file → content) in the language; {@code en} answers them unchanged. */
  public static Map<String, byte[]> translate(Map<String, byte[]> forms, String languageTag) {
    if ("en".equals(languageTag)) {
      return forms;
    }
    Map<String, String> catalogue = catalogue(languageTag);
    Map<String, byte[]> translated = new LinkedHashMap<>();
    forms.forEach((file, content) -> translated.put(file, translate(file, content, catalogue)));
    return translated;
  }

  static byte[] translate(String file, byte[] form, Map<String, String> catalogue) {
    JsonNode tree = read(form);
    walk(tree, text -> {
      String translation = catalogue.get(text);
      if (translation == null) {
        log.warn("form {}: no translation of \"{}\"; it stays in English", file, text);
        return text;
      }
      return translation;
    });
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(byte[] form) {
    try {
      return JSON.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("a form is not JSON", e);
    }
  }

  private static void walk(JsonNode component, UnaryOperator<String> text) {
    if (component instanceof ObjectNode node) {
      for (String property : TEXT_PROPERTIES) {
        JsonNode value = node.get(property);
        if (value != null && value.isTextual() && !value.asText().isEmpty() && !value.asText().startsWith("=")) {
          node.put(property, text.apply(value.asText()));
        }
      }
      JsonNode values = node.get("values");
      if (values != null && values.isArray()) {
        values.forEach(option -> {
          if (option instanceof ObjectNode o && o.path("label").isTextual()) {
            o.put("label", text.apply(o.get("label").asText()));
          }
        });
      }
      JsonNode components = node.get("components");
      if (components != null && components.isArray()) {
        components.forEach(child -> walk(child, text));
      }
    }
  }
}
