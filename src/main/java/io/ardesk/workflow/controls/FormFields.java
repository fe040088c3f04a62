package io.ardesk.workflow.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js JSON) may send: every component with a {@code key}. Fields
 * marked {@code readonly: true} or {@code disabled: true} show facts: form-js sends read-only fields
 * back unchanged (disabled ones not at all), so they are accepted only with the value they show.
 * A group with a {@code path} sends one variable named by the path's first segment.
 */
public record FormFields(String formId, Set<String> editable, Set<String> displayOnly) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** No form: nothing may be sent. */
  public static final FormFields NONE = new FormFields(null, Set.of(), Set.of());

  public boolean allows(String key) {
    return editable.contains(key) || displayOnly.contains(key);
  }

  public static FormFields parse(InputStream json) {
    try (json) {
      JsonNode form = JSON.readTree(json);
      Set<String> editable = new LinkedHashSet<>();
      Set<String> displayOnly = new LinkedHashSet<>();
      collect(form, editable, displayOnly);
      displayOnly.removeAll(editable);
      return new FormFields(form.path("id").asText(null), Collections.unmodifiableSet(editable),
          Collections.unmodifiableSet(displayOnly));
    } catch (IOException e) {
      throw new IllegalStateException("the form is not readable JSON", e);
    }
  }

  private static void collect(JsonNode container, Set<String> editable, Set<String> displayOnly) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        editable.add(path.split("\\.")[0]);
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        boolean shown = component.path("readonly").isBoolean() && component.path("readonly").asBoolean()
            || component.path("disabled").isBoolean() && component.path("disabled").asBoolean();
        (shown ? displayOnly : editable).add(key.split("\\.")[0]);
      }
      collect(component, editable, displayOnly);
    }
  }
}
