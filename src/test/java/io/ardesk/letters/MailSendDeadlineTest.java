package io.ardesk.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that accepts the connection and never answers: each step's own timeout (here 60 s)
 * would let the send hang; the send deadline closes the connection and the send fails. The failure
 * must come from the closed connection, not from a read timeout.
 */
class MailSendDeadlineTest {

  ServerSocket silent;
  final List<Socket> accepted = new ArrayList<>();

  @BeforeEach
  void silentServer() throws Exception {
    silent = new ServerSocket(0);
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          accepted.add(silent.accept());
        }
      } catch (Exception closed) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws Exception {
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }

  @Test
  void aSendToAServerThatNeverAnswersIsCutOffAtTheDeadline() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(silent.getLocalPort());
    Properties properties = sender.getJavaMailProperties();
    properties.setProperty("mail.smtp.connectiontimeout", "60000");
    properties.setProperty("mail.smtp.timeout", "60000");
    properties.setProperty("mail.smtp.writetimeout", "60000");
    new MailSendDeadline(Duration.ofMillis(500)).postProcessBeforeInitialization(sender, "mailSender");
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("receivables@ardesk.local");
    message.setTo("ap@silent.example");
    message.setText("never delivered");

    assertThatThrownBy(() -> sender.send(message)).isInstanceOf(MailSendException.class)
        .satisfies(e -> assertThat(causes(e)).noneMatch(SocketTimeoutException.class::isInstance));
  }

  @Test
  void theFactoryClosesASocketWhoseReadWouldWaitLonger() throws Exception {
    MailSendDeadline.Factory factory = new MailSendDeadline.Factory(Duration.ofMillis(300));
    try (Socket socket = factory.createSocket("127.0.0.1", silent.getLocalPort())) {
      socket.setSoTimeout(60_000);
      assertThatThrownBy(() -> socket.getInputStream().read())
          .isInstanceOf(java.net.SocketException.class)
          .isNotInstanceOf(SocketTimeoutException.class);
      assertThat(socket.isClosed()).isTrue();
    }
  }

  static List<Throwable> causes(Throwable e) {
    List<Throwable> all = new ArrayList<>();
    for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
      all.add(t);
      if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null) {
        all.add(m.getNextException());
      }
    }
    if (e instanceof MailSendException send) {
      send.getFailedMessages().values().forEach(f -> all.addAll(causes(f)));
    }
    return all;
  }
}
