package io.ardesk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * AR Desk's own text ({@code i18n/messages*.properties}): every key in all three languages with the
 * same placeholders, Chinese text in the script of its language, and what the team's language does to
 * dates and amounts.
 */
class MessageBundlesTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  /** Characters whose Traditional and Simplified forms differ, as they are written in the glossary's words. */
  static final String SIMPLIFIED_ONLY = "务签选择单龄账额货张发对问题户为电达请记录阶级设数据认领处态线结项确损业";
  static final String TRADITIONAL_ONLY = "務簽選擇單齡帳額貨張發對問題戶為電達請記錄階級設數據認領處態線結項確損業";

  @Test
  void everyKeyIsInAllThreeLanguagesWithTheSamePlaceholders() throws IOException {
    Map<String, String> en = load("i18n/messages.properties");
    Map<String, String> tw = load("i18n/messages_zh_TW.properties");
    Map<String, String> cn = load("i18n/messages_zh_CN.properties");
    assertThat(tw.keySet()).as("zh-TW keys").isEqualTo(en.keySet());
    assertThat(cn.keySet()).as("zh-CN keys").isEqualTo(en.keySet());
    en.forEach((key, text) -> {
      assertThat(placeholders(tw.get(key))).as("zh-TW " + key).isEqualTo(placeholders(text));
      assertThat(placeholders(cn.get(key))).as("zh-CN " + key).isEqualTo(placeholders(text));
    });
  }

  @Test
  void traditionalAndSimplifiedAreNotMixedUp() throws IOException {
    load("i18n/messages_zh_TW.properties").forEach((key, text) ->
        assertThat(text.chars().filter(c -> SIMPLIFIED_ONLY.indexOf(c) >= 0).count()).as("zh-TW " + key + ": " + text)
            .isZero());
    load("i18n/messages_zh_CN.properties").forEach((key, text) ->
        assertThat(text.chars().filter(c -> TRADITIONAL_ONLY.indexOf(c) >= 0 && SIMPLIFIED_ONLY.indexOf(c) < 0).count())
            .as("zh-CN " + key + ": " + text).isZero());
  }

  @Test
  void textInTheTeamsLanguage() {
    assertThat(new TeamLanguage("en").text("task.collection.call", "Acme about 1 overdue invoice"))
        .isEqualTo("Call Acme about 1 overdue invoice");
    assertThat(new TeamLanguage("zh-TW").text("filter.open.credit")).isEqualTo("信用部 — 未完成");
    assertThat(new TeamLanguage("zh_cn").text("filter.open.credit")).isEqualTo("信用部 — 未完成");
    assertThat(new TeamLanguage("zh-CN").text("stage.LETTER_2")).isEqualTo("第二封催款函");
    assertThat(new TeamLanguage("en").text("problem.detail.notValidValue", "x")).isEqualTo("'x' is not a valid value");
    TeamLanguage chinese = new TeamLanguage("zh-TW");
    assertThat(chinese.text("case.measure.converted", chinese.money(new BigDecimal("150"), "USD"),
        chinese.money(new BigDecimal("1065"), "CNY"), "7.1", chinese.date(LocalDate.of(1993, 3, 31))))
        .isEqualTo("150.00 USD（1,065.00 元，1993年3月31日 匯率 7.1）");
    assertThat(chinese.text("statement.summary", chinese.date(LocalDate.of(2026, 11, 1)),
        chinese.date(LocalDate.of(2026, 11, 30)), chinese.text("statement.summary.balance",
            chinese.money(new BigDecimal("2000"), "CNY"), TeamLanguage.money(BigDecimal.ZERO), "2")))
        .isEqualTo("對帳單 2026年11月1日 至 2026年11月30日：期末餘額 2,000.00 元（期初 0.00，2 筆單據）。");
    assertThat(new TeamLanguage("zh-CN").text("approval.creditNote.counted", "38,000.00 元", "0.00 元"))
        .isEqualTo("38,000.00 元（上限 0.00 元）");
    assertThatThrownBy(() -> new TeamLanguage("zh")).hasMessageContaining("is 'zh'")
        .hasMessageContaining("en, zh-TW, zh-CN");
  }

  @Test
  void datesAndAmountsFollowTheLanguage() {
    LocalDate day = LocalDate.of(2026, 12, 6);
    BigDecimal amount = new BigDecimal("12400");
    assertThat(new TeamLanguage("zh-TW").date(day)).isEqualTo("2026年12月6日");
    assertThat(new TeamLanguage("zh-CN").date(day)).isEqualTo("2026年12月6日");
    assertThat(new TeamLanguage("en").date(day)).isEqualTo("2026-12-06");
    assertThat(new TeamLanguage("zh-TW").money(amount, "CNY")).isEqualTo("12,400.00 元");
    assertThat(new TeamLanguage("zh-CN").money(amount, "USD")).isEqualTo("12,400.00 USD");
    assertThat(new TeamLanguage("en").money(amount, "CNY")).isEqualTo("12,400.00 CNY");
    assertThat(new TeamLanguage("zh-TW").money(new BigDecimal("1200.005"), "CNY")).isEqualTo("1,200.01 元");
    assertThat(TeamLanguage.money("80000.5")).isEqualTo("80,000.50");
    assertThat(TeamLanguage.money("none")).isEqualTo("none");
    assertThat(new TeamLanguage("zh-TW").month(YearMonth.of(2026, 11))).isEqualTo("2026年11月");
    assertThat(new TeamLanguage("zh-CN").month(YearMonth.of(2026, 11))).isEqualTo("2026年11月");
    assertThat(new TeamLanguage("en").month(YearMonth.of(2026, 11))).isEqualTo("2026-11");
    LocalDateTime moment = LocalDateTime.of(2026, 12, 6, 9, 5);
    assertThat(new TeamLanguage("zh-TW").dateTime(moment)).isEqualTo("2026年12月6日 09:05");
    assertThat(new TeamLanguage("en").dateTime(moment)).isEqualTo("2026-12-06 09:05");
    assertThat(new TeamLanguage("zh-TW").letterLanguage()).isEqualTo("zh-TW");
    assertThat(new TeamLanguage("zh-CN").letterLanguage()).isEqualTo("zh-CN");
    assertThat(new TeamLanguage("en").letterLanguage()).isEqualTo("en");
  }

  static Map<String, String> load(String resource) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(
        MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
