package io.telecogateway.idempotency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one HTTP/1.1 request over a plain socket, for header bytes that HTTP client libraries
 * refuse to send or silently re-encode.
 */
final class RawHttp {

  record RawResponse(int status, String head, String body) {}

  private RawHttp() {}

  /** Posts a JSON body with one extra header line given as ISO-8859-1 bytes, exactly as written. */
  static RawResponse post(int port, String path, String callerKey, byte[] headerLine, String body)
      throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST "
                + path
                + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:"
                + port
                + "\r\n"
                + "Authorization: Bearer "
                + callerKey
                + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + content.length
                + "\r\n"
                + "Connection: close\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(headerLine);
    request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(content);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      String responseBody = split < 0 ? "" : response.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawResponse(status, head, responseBody);
    }
  }
}
