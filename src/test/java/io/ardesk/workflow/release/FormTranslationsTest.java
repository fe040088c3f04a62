package io.ardesk.workflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text people read in a form (label, text block, description, date label, option) has its
 * translation in zh-TW and zh-CN, in the script of the language; the translated forms keep every key,
 * option value and condition, so the process reads the same answers in every language.
 */
class FormTranslationsTest {

  static final String SIMPLIFIED_ONLY = "务签选择单龄账额货张发对问题户为电达请记录阶级设数据认领处态线结项确损业";
  static final String TRADITIONAL_ONLY = "務簽選擇單齡帳額貨張發對問題戶為電達請記錄階級設數據認領處態線結項確損業";

  @Test
  void everyTextOfEveryFormIsTranslatedIntoBothScripts() throws IOException {
    Map<String, byte[]> forms = forms();
    assertThat(forms).hasSizeGreaterThan(40);
    Set<String> used = new TreeSet<>();
    for (String language : List.of("zh-TW", "zh-CN")) {
      Map<String, String> catalogue = FormTranslations.catalogue(language);
      List<String> missing = new ArrayList<>();
      forms.forEach((file, form) -> FormTranslations.texts(form).forEach(text -> {
        used.add(text);
        String translation = catalogue.get(text);
        if (translation == null || translation.isBlank()) {
          missing.add(file + ": " + text);
        }
      }));
      assertThat(missing).as("texts of the forms without a " + language + " translation").isEmpty();
      assertThat(catalogue.keySet()).as(language + " translations no form uses").isSubsetOf(used);
    }
  }

  @Test
  void eachLanguageInItsOwnScript() {
    FormTranslations.catalogue("zh-TW").forEach((english, text) ->
        assertThat(text.chars().filter(c -> SIMPLIFIED_ONLY.indexOf(c) >= 0).count()).as("zh-TW: " + text).isZero());
    FormTranslations.catalogue("zh-CN").forEach((english, text) ->
        assertThat(text.chars().filter(c -> TRADITIONAL_ONLY.indexOf(c) >= 0 && SIMPLIFIED_ONLY.indexOf(c) < 0).count())
            .as("zh-CN: " + text).isZero());
  }

  @Test
  void theCallFormInTraditionalChineseKeepsItsKeysAndValues() throws IOException {
    byte[] english = forms().get("forms/collection-call.form");
    byte[] chinese = FormTranslations.translate(Map.of("forms/collection-call.form", english), "zh-TW")
        .get("forms/collection-call.form");
    JsonNode form = new ObjectMapper().readTree(chinese);
    JsonNode outcome = field(form, "callOutcome");
    assertThat(outcome.get("label").asText()).isEqualTo("通話結果");
    assertThat(outcome.get("values").get(1).get("label").asText()).isEqualTo("付款承諾（日期與金額）");
    assertThat(outcome.get("values").get(1).get("value").asText()).isEqualTo("PROMISE");
    assertThat(field(form, "promiseDate").get("conditional").get("hide").asText())
        .isEqualTo("=not(callOutcome = \"PROMISE\")");
    assertThat(skeleton(chinese)).isEqualTo(skeleton(english));
    assertThat(FormTranslations.translate(Map.of("f", english), "en").get("f")).isSameAs(english);
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  /** The form without the texts people read: keys, types, values, conditions, validation. */
  private static String skeleton(byte[] form) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(form);
    strip(tree);
    return tree.toString();
  }

  private static void strip(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      FormTranslations.TEXT_PROPERTIES.forEach(object::remove);
      object.forEach(FormTranslationsTest::strip);
      // option labels
      if (object.has("value") && object.has("label")) {
        object.remove("label");
      }
    } else if (node.isArray()) {
      node.forEach(FormTranslationsTest::strip);
    }
  }

  static Map<String, byte[]> forms() throws IOException {
    Map<String, byte[]> forms = new TreeMap<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      forms.put("forms/" + r.getFilename(), r.getContentAsByteArray());
    }
    return forms;
  }
}
