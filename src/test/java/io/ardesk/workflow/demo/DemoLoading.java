package io.ardesk.workflow.demo;

/** Loads the demo file for tests outside this package (browser tests show the demo data). */
public final class DemoLoading {
  private DemoLoading() {}

  public static int load(DemoDataLoader loader) {
    return loader.load(DemoDataLoader.read());
  }
}
