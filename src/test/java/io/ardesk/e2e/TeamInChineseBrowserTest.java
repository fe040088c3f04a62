package io.ardesk.e2e;

import io.ardesk.language.TeamInChineseTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link TeamLanguageRun} with {@code ardesk.language=zh-TW} and the browser in zh-TW (its own JVM: tag team-zh-TW). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ardesk.language=zh-TW")
@ActiveProfiles("test")
@Tag("browser")
@Tag(TeamInChineseTest.TAG)
class TeamInChineseBrowserTest extends TeamLanguageRun {

  @Override
  String customerName() {
    return "港灣之光貿易";
  }

  /** Typed 2026/12/6, shown 2026年12月6日; the calendar's weekdays and days in Chinese. */
  @Override
  DateWords dateWords() {
    return new DateWords("付款承諾（日期與金額）", "承諾付款日期", "承諾付款金額", "例如 2026年12月6日",
        day -> day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth(),
        TeamInChineseBrowserTest::chinese, TeamInChineseBrowserTest::chinese, "日一二三四五六");
  }

  static String chinese(java.time.LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  @Override
  Words words(String name, int days) {
    return new Words("zh-TW", List.of("日期與時間以本地時區顯示：", "使用者名稱", "密碼", "登入"),
        List.of("我的任務", "信用部 — 未完成", "信用部 — 按預期損失"), "信用部 — 未完成",
        "致電" + name + "：1 張逾期發票（10,000.00 元，逾期 " + days + " 天）", "通話結果", "未聯絡上（再致電）", "備註",
        "此欄位為必填。", "完成", "表單", "客戶", List.of("帳齡分佈", "未結項目", "催收案件", "已寄信函"),
        List.of("應收帳款", "執行中的流程實例"));
  }
}
