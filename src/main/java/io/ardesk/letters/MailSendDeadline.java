package io.ardesk.letters;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The whole of one SMTP send is cut off after {@code ardesk.letters.send-deadline} (25 s). Each step
 * already has its own limit ({@code spring.mail.properties}: connect 5 s, each read and each write
 * 10 s), but a server answering every step just in time could keep one send going for a minute; a send
 * still running when its letter's claim goes stale ({@code ardesk.letters.claim-timeout}, 40 s) would
 * be sent again by another node. So the mail sender's connections come from this socket factory, which
 * closes each of them when the deadline has passed since it was opened: the send fails with an
 * I/O error and the letter waits for its next attempt like any letter the server did not take.
 * (A plain connection and STARTTLS, which AR Desk uses; {@code mail.smtp.ssl.enable} would bring its own
 * SSL socket factory and not this one.)
 */
@Component
class MailSendDeadline implements BeanPostProcessor {

  private final Duration deadline;

  MailSendDeadline(@Value("${ardesk.letters.send-deadline:PT25S}") Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("ardesk.letters.send-deadline must be positive: " + deadline);
    }
    this.deadline = deadline;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender) {
      // Angus Mail takes a SocketFactory instance from the session's properties; no fallback to a
      // socket of its own, which would not be watched
      sender.getJavaMailProperties().put("mail.smtp.socketFactory", new Factory(deadline));
      sender.getJavaMailProperties().put("mail.smtp.socketFactory.fallback", "false");
    }
    return bean;
  }

  /** Plain sockets, each closed {@code deadline} after it was made. */
  static final class Factory extends SocketFactory {
    private static final Logger log = LoggerFactory.getLogger(MailSendDeadline.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "smtp-send-deadline");
      thread.setDaemon(true);
      return thread;
    });

    private final Duration deadline;

    Factory(Duration deadline) {
      this.deadline = deadline;
    }

    Duration deadline() {
      return deadline;
    }

    @Override
    public Socket createSocket() {
      Socket socket = new Socket();
      TIMER.schedule(() -> cut(socket), deadline.toMillis(), TimeUnit.MILLISECONDS);
      return socket;
    }

    private void cut(Socket socket) {
      if (socket.isClosed()) {
        return;
      }
      log.warn("SMTP send to {} still running after {}: connection closed, the letter is tried again later",
          socket.getRemoteSocketAddress(), deadline);
      try {
        socket.close();
      } catch (IOException e) {
        log.debug("closing a timed-out SMTP connection", e);
      }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
      return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
        throws IOException {
      return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    /** A watched socket connected to {@code remote}, bound to {@code local} first when one is given. */
    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
      Socket socket = createSocket();
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(remote);
      return socket;
    }
  }
}
