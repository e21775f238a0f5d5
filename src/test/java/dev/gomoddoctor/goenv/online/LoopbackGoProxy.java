package dev.gomoddoctor.goenv.online;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A GOPROXY (and checksum database) on 127.0.0.1 serving files from a directory, for tests.
 * Paths below {@code /gone/} answer 410, below {@code /broken/} 500, below {@code /slow/} after
 * five seconds; a missing file is 404. Every request path is recorded, so tests can prove what
 * was (not) sent.
 */
public final class LoopbackGoProxy implements AutoCloseable {
  private final HttpServer server;
  private final Path root;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  public LoopbackGoProxy(Path root) throws IOException {
    this.root = root;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "loopback-goproxy");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>} */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Writes {@code <root>/<relative>}, e.g. {@code example.com/a/@v/list}. */
  public LoopbackGoProxy file(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    requests.add(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
    try (ex) {
      if (path.startsWith("/gone/")) {
        send(ex, 410, "not found: gone");
      } else if (path.startsWith("/broken/")) {
        send(ex, 500, "internal error");
      } else if (path.startsWith("/slow/")) {
        try {
          Thread.sleep(5000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(ex, 200, "v1.0.0\n");
      } else {
        Path p = root.resolve(path.substring(1)).normalize();
        if (p.startsWith(root) && Files.isRegularFile(p)) {
          send(ex, 200, Files.readString(p));
        } else {
          send(ex, 404, "not found");
        }
      }
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
