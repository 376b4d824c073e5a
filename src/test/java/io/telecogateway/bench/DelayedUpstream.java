package io.telecogateway.bench;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A minimal Teleco on a free loopback port, on its own Vert.x instance: every request is answered
 * with a successful call-forward change after {@link #DELAY_MILLIS}. It keeps no request log, so
 * that the stub costs little next to the gateway.
 */
public class DelayedUpstream implements QuarkusTestResourceLifecycleManager {

  static final int DELAY_MILLIS = 20;

  private static final String BODY =
      "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0},\"data\":{\"id\":1,"
          + "\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
          + "\"provider_id\":1,\"carrier_id\":null,\"subaccount_id\":null,\"did_type\":\"voice\","
          + "\"forward_number\":\"12125550150\",\"created_at\":\"2026-12-04T19:58:51.000Z\"}}";

  private final Map<String, String> overrides = new HashMap<>();
  private Vertx vertx;

  @Override
  public void init(Map<String, String> initArgs) {
    overrides.putAll(initArgs);
  }

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onComplete(
                            ignored ->
                                vertx.setTimer(
                                    DELAY_MILLIS,
                                    timer ->
                                        request
                                            .response()
                                            .putHeader("Content-Type", "application/json")
                                            .end(BODY))));
    try {
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The benchmark upstream failed to start", e);
    }
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.rest-client.teleco.url", "http://127.0.0.1:" + server.actualPort());
    config.putAll(overrides);
    return config;
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
  }
}
