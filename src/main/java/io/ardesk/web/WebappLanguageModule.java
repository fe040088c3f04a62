package io.ardesk.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells Camunda's webapps the team's language ({@code ardesk.language}): a one-line ES module,
 * {@code <webapp path>/app/ardesk-language.js}, read by {@code app/ardesk-locale.js}, which chooses the
 * language of Tasklist, Cockpit, Admin and Welcome from the browser's and falls back to this one when
 * the browser asks for a language AR Desk does not have (docs/configuration.md, "Languages"). The
 * login page needs it, so it is public; it says nothing but the setting.
 */
@RestController
public class WebappLanguageModule {

  /** The languages AR Desk speaks, as {@code ardesk.language} names them. */
  public static final List<String> LANGUAGES = List.of("en", "zh-TW", "zh-CN");

  private final String language;

  public WebappLanguageModule(@Value("${ardesk.language:en}") String language) {
    this.language = teamLanguage(language);
  }

  /**
   * {@code en}, {@code zh-TW} or {@code zh-CN} for the setting, written in any case and with a
   * hyphen or an underscore ({@code zh_tw}); anything else stops the start with the values allowed.
   */
  public static String teamLanguage(String configured) {
    String tag = configured == null ? "" : configured.trim().replace('_', '-');
    return LANGUAGES.stream().filter(known -> known.equalsIgnoreCase(tag)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ardesk.language (ARDESK_LANGUAGE) is '" + configured
            + "'; AR Desk speaks " + String.join(", ", LANGUAGES)));
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/ardesk-language.js",
      produces = "text/javascript;charset=UTF-8")
  public ResponseEntity<String> module() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body("export default '" + language + "';\n");
  }
}
