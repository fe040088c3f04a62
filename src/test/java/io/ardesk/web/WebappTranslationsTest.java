package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Camunda's own webapps in Chinese: every {@code locales/zh-TW.json} and {@code zh-CN.json} of
 * Tasklist, Cockpit, Admin and Welcome has exactly the keys of the {@code en.json} in the Camunda jar
 * on the classpath, no more, no fewer, with every placeholder ({@code {{count}}}, {@code {}}), HTML tag
 * and entity kept, and is written in its own script. A Camunda upgrade that adds or renames keys fails
 * here until they are translated (zh-TW by hand, zh-CN with {@code scripts/webapp-locales-zh-cn.py}).
 */
class WebappTranslationsTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  static final List<String> CHINESE = List.of("zh-TW", "zh-CN");

  /** What must come through a translation unchanged: Angular placeholders, HTML tags, entities, line breaks. */
  static final Pattern KEPT = Pattern.compile(
      "\\{\\{[^}]*}}|\\{}|</?(?:a|b|br|strong|em|i|p|span|code|ul|ol|li|div)\\b[^>]*>|&[a-z]+;|\n");

  /**
   * Characters of everyday UI text that exist in one script only (設/设, 個/个 …): none of the first
   * may stand in a Simplified file, none of the second in a Traditional one.
   */
  static final String TRADITIONAL_ONLY = "個們這為與設檔資實體選執務預變點處載儲網錄單條權確發問題歷時";
  static final String SIMPLIFIED_ONLY = "个们这为与设档资实体选执务预变点处载储网录单条权确发问题历时";

  /** Cockpit's plural ending, appended to a noun ("instance" + "s"): Chinese has none, so it is empty. */
  static final String PLURAL_ENDING = "s";

  final ObjectMapper json = new ObjectMapper();

  static Stream<Arguments> translations() {
    return APPS.stream().flatMap(app -> CHINESE.stream().map(language -> Arguments.of(app, language)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("translations")
  void hasExactlyTheKeysOfCamundasEnglishFile(String app, String language) throws IOException {
    JsonNode english = camundaEnglish(app);
    JsonNode chinese = read(app, language);

    assertThat(names(chinese)).as("top-level entries of %s/%s.json", app, language).isEqualTo(names(english));
    if (english.has("dateLocales")) {
      assertThat(shape(chinese.get("dateLocales"))).as("dateLocales of %s/%s.json", app, language)
          .isEqualTo(shape(english.get("dateLocales")));
    }
    TreeSet<String> missing = names(english.get("labels"));
    missing.removeAll(names(chinese.get("labels")));
    TreeSet<String> extra = names(chinese.get("labels"));
    extra.removeAll(names(english.get("labels")));
    assertThat(missing).as("keys of Camunda's %s/en.json missing from %s.json", app, language).isEmpty();
    assertThat(extra).as("keys of %s/%s.json that Camunda's en.json does not have", app, language).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("translations")
  void keepsPlaceholdersTagsAndEntitiesAndLeavesNoTextEmpty(String app, String language) throws IOException {
    JsonNode english = camundaEnglish(app).get("labels");
    JsonNode chinese = read(app, language).get("labels");
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode translated = chinese.get(entry.getKey());
      if (translated == null || !translated.isTextual()) {
        continue; // reported by the test of the keys
      }
      String source = entry.getValue().asText();
      String text = translated.asText();
      if (!kept(source).equals(kept(text))) {
        problems.add(entry.getKey() + ": " + kept(source) + " became " + kept(text));
      }
      if (source.isBlank() != text.isBlank() && !PLURAL_ENDING.equals(source)) {
        problems.add(entry.getKey() + ": '" + source + "' became '" + text + "'");
      }
    }
    assertThat(problems).as("%s/%s.json", app, language).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("translations")
  void isWrittenInItsOwnScript(String app, String language) throws IOException {
    String foreign = language.equals("zh-TW") ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = read(app, language).get("labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String text = entry.getValue().asText();
      text.codePoints().filter(c -> foreign.indexOf(c) >= 0).findFirst()
          .ifPresent(c -> problems.add(entry.getKey() + " (" + Character.toString(c) + "): " + text));
    }
    assertThat(problems).as("%s/%s.json: characters of the other script", app, language).isEmpty();
  }

  /** The en.json of the camunda-webapp-webjar, which AR Desk never overrides. */
  JsonNode camundaEnglish(String app) throws IOException {
    URL url = resource(app, "en");
    assertThat(url.toString()).as("Camunda's own en.json").contains("camunda-webapp-webjar");
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text); // the file starts with a BOM
    }
  }

  JsonNode read(String app, String language) throws IOException {
    try (InputStream in = resource(app, language).openStream()) {
      return json.readTree(in);
    }
  }

  static URL resource(String app, String language) {
    URL url = WebappTranslationsTest.class.getClassLoader().getResource(LOCALES.formatted(app, language));
    assertThat(url).as(LOCALES.formatted(app, language)).isNotNull();
    return url;
  }

  static TreeSet<String> names(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The keys and array lengths of a JSON tree, without its values. */
  static String shape(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      names(node).forEach(name -> out.append(name).append(':').append(shape(node.get(name))).append(','));
      return out.append('}').toString();
    }
    return node.isArray() ? "[" + node.size() + "]" : node.getNodeType().name();
  }

  static List<String> kept(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = KEPT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }
}
