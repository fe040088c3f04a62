package io.ardesk.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer's language as a letter language: English, Traditional or Simplified Chinese. */
class LetterLanguageTest {

  static CollectionsProperties defaulting(String defaultLanguage) {
    return new CollectionsProperties(3, 2, 3, defaultLanguage, "AR Desk",
        Map.of("en", "Bank transfer", "zh", "请电汇", "zh-TW", "請電匯"), 500);
  }

  @Test
  void traditionalAndSimplifiedCustomersGetTheirScript() {
    CollectionsProperties letters = defaulting("en");
    assertThat(letters.letterLanguage("zh-TW")).isEqualTo("zh-TW");
    assertThat(letters.letterLanguage("zh_tw")).isEqualTo("zh-TW");
    assertThat(letters.letterLanguage("zh-HK")).isEqualTo("zh-TW");
    assertThat(letters.letterLanguage("zh-Hant-TW")).isEqualTo("zh-TW");
    assertThat(letters.letterLanguage("zh-CN")).isEqualTo("zh-CN");
    assertThat(letters.letterLanguage("zh-Hans")).isEqualTo("zh-CN");
    assertThat(letters.letterLanguage("zh-SG")).isEqualTo("zh-CN");
    assertThat(letters.letterLanguage("en-GB")).isEqualTo("en");
    assertThat(letters.letterLanguage(null)).isEqualTo("en");
    assertThat(letters.letterLanguage("fr")).isEqualTo("en");
  }

  /** A bare zh is the default's script when the default is Chinese, else Simplified (as zh letters were). */
  @Test
  void aBareZhFollowsAChineseDefault() {
    assertThat(defaulting("en").letterLanguage("zh")).isEqualTo("zh-CN");
    assertThat(defaulting("zh-TW").letterLanguage("zh")).isEqualTo("zh-TW");
    assertThat(defaulting("zh-TW").letterLanguage(null)).isEqualTo("zh-TW");
    assertThat(defaulting("zh").defaultLanguage()).isEqualTo("zh-CN");
    assertThat(defaulting("zh-CN").letterLanguage("zh")).isEqualTo("zh-CN");
  }

  @Test
  void paymentInstructionsInTheLettersScript() {
    CollectionsProperties letters = defaulting("en");
    assertThat(letters.paymentInstructions("zh-TW")).isEqualTo("請電匯");
    assertThat(letters.paymentInstructions("zh-CN")).isEqualTo("请电汇");
    assertThat(letters.paymentInstructions("en")).isEqualTo("Bank transfer");
    assertThat(defaulting("en").paymentInstructions("fr")).isEqualTo("Bank transfer");
  }
}
