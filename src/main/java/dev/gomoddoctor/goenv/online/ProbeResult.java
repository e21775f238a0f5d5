package dev.gomoddoctor.goenv.online;

/**
 * What one probe found.
 *
 * @param status the HTTP status, or 0 when no HTTP answer came
 * @param dnsMillis time spent resolving the host (the proxy's host when an HTTP proxy is used)
 * @param totalMillis time from the start of the probe to its outcome
 * @param detail the error or status text, redacted
 */
public record ProbeResult(ProbeTarget target, Outcome outcome, int status, long dnsMillis, long totalMillis, String detail) {

  public enum Outcome {
    /** 200 (or, for a reachability probe, any answer below 500) */
    OK("ok"),
    /** 404 or 410: "not here", the go command tries the next entry */
    NOT_FOUND("not found"),
    /** another HTTP status */
    HTTP_ERROR("HTTP error"),
    DNS("DNS lookup failed"),
    CONNECT("TCP connection failed"),
    TLS("TLS handshake failed"),
    TIMEOUT("timed out"),
    /** a file:// proxy directory that is missing or unreadable */
    FILE_ERROR("file error"),
    OTHER("failed");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean failed() {
    return outcome != Outcome.OK && outcome != Outcome.NOT_FOUND;
  }

  /** {@code DNS lookup failed after 12 ms: …} or {@code 502 Bad Gateway after 40 ms}. */
  public String describe() {
    String what = switch (outcome) {
      case OK, NOT_FOUND, HTTP_ERROR -> status > 0 ? statusText(status) : outcome.label();
      default -> outcome.label();
    };
    String tail = detail.isEmpty() || outcome == Outcome.OK || outcome == Outcome.NOT_FOUND
        || outcome == Outcome.HTTP_ERROR ? "" : ": " + detail;
    return what + " after " + totalMillis + " ms" + (dnsMillis > 0 ? " (DNS " + dnsMillis + " ms)" : "") + tail;
  }

  static String statusText(int status) {
    String reason = switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 407 -> "Proxy Authentication Required";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
    return reason.isEmpty() ? String.valueOf(status) : status + " " + reason;
  }
}
