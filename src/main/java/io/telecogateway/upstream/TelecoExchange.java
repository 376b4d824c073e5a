package io.telecogateway.upstream;

import io.smallrye.mutiny.Uni;
import io.telecogateway.upstream.EnvelopeDecoder.DataReader;
import io.vertx.core.VertxException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends one request to Teleco and turns what comes back into a value or an {@link
 * UpstreamException}: the response through {@link EnvelopeDecoder}, a transport failure by its
 * cause. Logs each call at DEBUG (method, path template, status, duration) and each failure at
 * WARN; neither line ever contains a header or a body.
 */
@ApplicationScoped
class TelecoExchange {

  private static final Logger LOG = Logger.getLogger(TelecoExchange.class);

  private final TelecoApi api;

  TelecoExchange(@RestClient TelecoApi api) {
    this.api = api;
  }

  /**
   * Sends the request that {@code request} makes with the REST client and decodes its response.
   * Nothing is sent before the returned {@code Uni} is subscribed to, and every subscription sends
   * again.
   */
  <T> Uni<T> send(
      TelecoCall call, Function<TelecoApi, Uni<Response>> request, DataReader<T> reader) {
    return Uni.createFrom()
        .deferred(
            () -> {
              long start = System.nanoTime();
              return request
                  .apply(api)
                  // Only when the default exception mapping is switched back on in configuration.
                  .onFailure(WebApplicationException.class)
                  .recoverWithItem(e -> ((WebApplicationException) e).getResponse())
                  .onFailure(TelecoExchange::isTransportFailure)
                  .transform(e -> transportFailure(call, e, start))
                  .onItem()
                  .transform(response -> decode(call, response, reader, start))
                  .onFailure(UpstreamException.class)
                  .invoke(e -> logFailure(call, (UpstreamException) e, start));
            });
  }

  private static <T> T decode(
      TelecoCall call, Response response, DataReader<T> reader, long start) {
    int status = response.getStatus();
    byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : null;
    LOG.debugf("Teleco %s responded with HTTP %d in %d ms", call, status, millisSince(start));
    return EnvelopeDecoder.decode(call, status, body == null ? new byte[0] : body, reader);
  }

  /**
   * Tells failures of the connection from bugs. The REST client may wrap the cause in a {@code
   * CompletionException}, and Vert.x reports the read timeout as a {@link TimeoutException}.
   */
  private static boolean isTransportFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessingException
          || cause instanceof IOException
          || cause instanceof VertxException
          || cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static UpstreamException transportFailure(
      TelecoCall call, Throwable failure, long start) {
    UpstreamException mapped = classify(call, failure);
    // Vert.x and Netty errors describe the host, port and path, not headers or bodies.
    LOG.debugf(
        "Teleco %s failed after %d ms without a response: %s",
        call, millisSince(start), rootCause(failure));
    return mapped;
  }

  private static UpstreamException classify(TelecoCall call, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // Netty's connect timeout is a ConnectException: the request was never sent.
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return UpstreamException.connectFailed();
      }
      if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
        return UpstreamException.timeout(call);
      }
    }
    return UpstreamException.connectionLost(call);
  }

  private static void logFailure(TelecoCall call, UpstreamException e, long start) {
    LOG.warnf(
        "Teleco %s failed after %d ms: %s, code %s, upstream status %d: %s",
        call, millisSince(start), e.kind(), e.code().code(), e.upstreamStatus(), e.getMessage());
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
