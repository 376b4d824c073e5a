package io.telecogateway.cache;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** Sends the same {@code GET} to the gateway under test many times at once. */
final class ConcurrentRequests {

  private ConcurrentRequests() {}

  static List<HttpResponse<String>> get(int count, String path, String callerKey) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
            .header("Authorization", "Bearer " + callerKey)
            .timeout(Duration.ofSeconds(30))
            .build();
    List<CompletableFuture<HttpResponse<String>>> sent =
        IntStream.range(0, count)
            .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
            .toList();
    return sent.stream().map(CompletableFuture::join).toList();
  }

  static List<String> cacheStatuses(List<HttpResponse<String>> responses) {
    return responses.stream()
        .map(response -> response.headers().firstValue("Cache-Status").orElse(""))
        .toList();
  }
}
