package io.telecogateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Rejects an HTTP/1.1 request without a {@code Host} header (RFC 9112, section 3.2) with a 400
 * problem. Vert.x fails such a request before any route runs. Without this failure handler the
 * client would get Quarkus's own error body, and the log an ERROR line that any client could repeat
 * at will.
 */
@Singleton
public class MissingHostFilter {

  private static final Logger LOG = Logger.getLogger(MissingHostFilter.class);

  private final ObjectMapper mapper;

  public MissingHostFilter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            context -> {
              if (context.request().version() == HttpVersion.HTTP_1_1
                  && context.request().getHeader("Host") == null
                  && !context.response().headWritten()) {
                String requestId = UUID.randomUUID().toString();
                LOG.debugf("Rejected request %s without a Host header", requestId);
                Problem problem =
                    new Problem(
                        ErrorCode.INVALID_REQUEST.type(),
                        ErrorCode.INVALID_REQUEST.title(),
                        400,
                        "An HTTP/1.1 request must have a Host header.",
                        ErrorCode.INVALID_REQUEST.code(),
                        requestId,
                        List.of(new Problem.FieldError("Host", "is required")));
                String body;
                try {
                  body = mapper.writeValueAsString(problem);
                } catch (JsonProcessingException e) {
                  context.fail(e);
                  return;
                }
                context
                    .response()
                    .setStatusCode(400)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIdFilter.HEADER, requestId)
                    .putHeader("Connection", "close")
                    .end(body);
                return;
              }
              context.next();
            });
  }
}
