package io.ardesk.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures, read where they are: {@code ../shared/fixtures} beside the project (a CI
 * clone), else {@code /work/shared/fixtures}. Nothing is copied into the project.
 */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String name) {
    for (Path dir : new Path[] {
        Path.of("..", "shared", "fixtures"), Path.of("..", "..", "shared", "fixtures"), Path.of("/work/shared/fixtures")}) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new IllegalStateException("fixture " + name + " not found in ../shared/fixtures or /work/shared/fixtures");
  }
}
