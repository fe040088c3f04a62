package io.ardesk.web;

import java.util.List;
import io.ardesk.language.TeamLanguage;
import org.springframework.beans.factory.annotation.Autowired;
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
  public static final List<String> LANGUAGES = TeamLanguage.LANGUAGES;

  private final String language;

  @Autowired
  public WebappLanguageModule(TeamLanguage language) {
    this.language = language.tag();
  }

  /** For a setting as written ({@code zh_tw}); anything but en, zh-TW and zh-CN is refused. */
  public WebappLanguageModule(String language) {
    this(new TeamLanguage(language));
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/ardesk-language.js",
      produces = "text/javascript;charset=UTF-8")
  public ResponseEntity<String> module() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body("export default '" + language + "';\n");
  }
}
