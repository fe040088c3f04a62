package io.ardesk.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail on the port the application sends to: the one Maven reserved for this build (3025 from an IDE). */
public final class TestSmtp {
  private TestSmtp() {}

  public static GreenMailExtension server() {
    return new GreenMailExtension(new ServerSetup(port(), "127.0.0.1", "smtp"));
  }

  /** The port the application sends to. */
  public static int port() {
    return Integer.getInteger("spring.mail.port", 3025);
  }
}
