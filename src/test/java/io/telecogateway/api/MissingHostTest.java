package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.telecogateway.upstream.TelecoWireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An HTTP/1.1 request without {@code Host} gets a 400 problem, not Quarkus's own error body. */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class MissingHostTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void requestWithoutHostRejected() throws IOException {
    String response;
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /v1/states HTTP/1.1\r\nAccept: */*\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      response = readUntilQuiet(socket.getInputStream());
    }

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).doesNotContain("\"stack\"");
    assertThat(response).containsIgnoringCase("content-type: application/problem+json");
    assertThat(response).containsIgnoringCase("x-request-id: ");
    assertThat(response).contains("\"code\":\"invalid_request\"");
    assertThat(response).contains("\"field\":\"Host\"");
  }

  /** Reads what arrives until the server closes the connection or sends nothing for 1 s. */
  private static String readUntilQuiet(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
    } catch (SocketTimeoutException quiet) {
      // The response is complete; the server keeps the connection open.
    }
    return text.toString();
  }
}
