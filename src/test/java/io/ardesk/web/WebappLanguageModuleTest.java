package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ardesk.language as the webapps read it: one of en, zh-TW, zh-CN, however it was written. */
class WebappLanguageModuleTest {

  @Test
  void namesTheTeamLanguageInTheModule() {
    assertThat(new WebappLanguageModule("zh_tw").module().getBody()).isEqualTo("export default 'zh-TW';\n");
    assertThat(new WebappLanguageModule(" ZH-CN ").module().getBody()).isEqualTo("export default 'zh-CN';\n");
    assertThat(new WebappLanguageModule("EN").module().getBody()).isEqualTo("export default 'en';\n");
  }

  @Test
  void isNeverCachedWithoutAsking() {
    assertThat(new WebappLanguageModule("en").module().getHeaders().getCacheControl()).isEqualTo("no-cache");
  }

  @Test
  void refusesALanguageArDeskDoesNotSpeak() {
    assertThatThrownBy(() -> new WebappLanguageModule("fr"))
        .hasMessage("ardesk.language (ARDESK_LANGUAGE) is 'fr'; AR Desk speaks en, zh-TW, zh-CN");
    assertThatThrownBy(() -> new WebappLanguageModule("zh")).hasMessageContaining("is 'zh'");
  }
}
