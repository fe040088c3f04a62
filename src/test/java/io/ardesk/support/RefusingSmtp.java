package io.ardesk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A mail server that refuses every recipient for good ({@code 550 5.1.1}), as a real one does for a
 * mailbox that does not exist: GreenMail accepts every address. Listens on the port given (the one the
 * application sends to, while GreenMail is stopped) until closed.
 */
public final class RefusingSmtp implements AutoCloseable {

  public static final String REFUSAL = "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table";

  private final ServerSocket server;
  private final Thread thread;

  public RefusingSmtp(int port) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept();
          BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        reply(out, "220 refusing.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
          String command = line.toUpperCase();
          if (command.startsWith("EHLO") || command.startsWith("HELO")) {
            reply(out, "250 refusing.test");
          } else if (command.startsWith("MAIL FROM")) {
            reply(out, "250 2.1.0 Ok");
          } else if (command.startsWith("RCPT TO")) {
            String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
            reply(out, REFUSAL.formatted(address));
          } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
            reply(out, "250 2.0.0 Ok");
          } else if (command.startsWith("QUIT")) {
            reply(out, "221 2.0.0 Bye");
            break;
          } else {
            reply(out, "502 5.5.2 Error: command not recognized");
          }
        }
      } catch (IOException e) {
        // closed, or the client went away
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
