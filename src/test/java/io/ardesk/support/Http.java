package io.ardesk.support;

import io.ardesk.config.IdentitySeeding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running application, with cookies and HTTP Basic. */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String authorization;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public Http as(String user, String password) {
    authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** As a demo user ({@code lily}, {@code frank}, ...), with the password README.md lists for it. */
  public Http asDemo(String user) {
    return as(user, demoPassword(user));
  }

  /** The password of a demo user ({@link IdentitySeeding#DEMO_USERS}). */
  public static String demoPassword(String user) {
    return IdentitySeeding.DEMO_USERS.stream().filter(d -> d.id().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + user)).password();
  }

  /**
   * The status of a GET with this Authorization header sent from a loopback address of the caller's choice
   * (127.0.0.x: the server sees that address), for the login throttle's addresses.
   */
  public static int statusFrom(String localAddress, int port, String path, String authorization) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder statusLine = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
        statusLine.append((char) c);
      }
      in.readAllBytes();
      return Integer.parseInt(statusLine.toString().split(" ")[1]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP Basic header. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** As an API token ({@code Authorization: Bearer}). */
  public Http bearer(String token) {
    authorization = "Bearer " + token;
    return this;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(builder(path, headers).GET());
  }

  public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    return send(builder(path, headers).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A body of raw bytes (a CSV file in GBK, say), sent with its Content-Length. */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> patchJson(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method with a JSON body (PUT, DELETE …). */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(builder(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  public String cookie(String name) {
    return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpRequest.Builder builder(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
