package io.telecogateway.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A failure that the simulator can produce in place of a normal response. The HTML and empty bodies
 * imitate a load balancer in front of the provider, which responds without the JSON envelope.
 */
enum FaultKind {
  STATUS_500("status-500"),
  STATUS_502_HTML("status-502-html"),
  STATUS_503("status-503"),
  STATUS_503_EMPTY("status-503-empty"),
  STATUS_504_HTML("status-504-html"),
  ERROR_ENVELOPE("error-envelope"),
  UNREADABLE("unreadable"),
  /** Handles the call normally, writes included, and sends the response after the delay. */
  SLOW("slow"),
  /** Closes the connection without a response. */
  RESET("reset");

  private static final String HTML = "text/html; charset=utf-8";

  private final String wireName;

  FaultKind(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  static Optional<FaultKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
  }

  static List<String> wireNames() {
    return Arrays.stream(values()).map(FaultKind::wireName).toList();
  }

  /**
   * Returns the response sent in place of the normal one.
   *
   * @throws IllegalStateException for {@link #SLOW} and {@link #RESET}, which send no response of
   *     their own
   */
  ApiResponse response() {
    return switch (this) {
      case STATUS_500 ->
          ApiResponse.error(
              500,
              500,
              "Internal Server Error",
              List.of("The server failed to handle the request"));
      case STATUS_502_HTML -> ApiResponse.text(502, HTML, htmlPage("502 Bad Gateway"));
      case STATUS_503 ->
          ApiResponse.error(
              503,
              503,
              "Service Unavailable",
              List.of("The service is temporarily unavailable; try again later"));
      case STATUS_503_EMPTY -> new ApiResponse(503, null, new byte[0]);
      case STATUS_504_HTML -> ApiResponse.text(504, HTML, htmlPage("504 Gateway Time-out"));
      case ERROR_ENVELOPE ->
          ApiResponse.invalidRequest(List.of("The request could not be processed"));
      case UNREADABLE ->
          ApiResponse.text(
              200,
              ApiResponse.JSON,
              "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0},\"da");
      case SLOW, RESET -> throw new IllegalStateException(wireName + " has no response of its own");
    };
  }

  private static String htmlPage(String title) {
    return "<html>\r\n<head><title>"
        + title
        + "</title></head>\r\n<body>\r\n<center><h1>"
        + title
        + "</h1></center>\r\n</body>\r\n</html>\r\n";
  }
}
