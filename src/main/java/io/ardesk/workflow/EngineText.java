package io.ardesk.workflow;

import java.util.List;

/**
 * Text sized for the engine's columns: a task name holds 255 characters; a String variable and a task
 * description 4,000. Longer facts stay in the domain tables; tasks show a summary.
 */
public final class EngineText {
  private EngineText() {}

  public static final int NAME_LIMIT = 255;
  /** Below the 4,000 of the columns, leaving room for a line added later. */
  public static final int TEXT_LIMIT = 3_900;

  /** The text cut to {@code limit} characters, an ellipsis marking the cut. */
  public static String clip(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    return text.substring(0, limit - 1) + "…";
  }

  /** "A, B, C and 7 more": the first {@code shown} of a list. */
  public static String firstOf(List<String> values, int shown) {
    if (values.size() <= shown) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, shown)) + " and " + (values.size() - shown) + " more";
  }
}
