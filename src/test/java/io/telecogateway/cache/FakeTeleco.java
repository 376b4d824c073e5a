package io.telecogateway.cache;

import io.smallrye.mutiny.Uni;
import io.telecogateway.upstream.TelecoClient;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TelecoClient} for a second cache instance: each method named in {@code results} emits
 * its result, any other fails, and every call is counted.
 */
final class FakeTeleco {

  private final AtomicInteger calls = new AtomicInteger();
  private final TelecoClient client;

  FakeTeleco(Map<String, Object> results) {
    this.client =
        (TelecoClient)
            Proxy.newProxyInstance(
                TelecoClient.class.getClassLoader(),
                new Class<?>[] {TelecoClient.class},
                (proxy, method, args) -> {
                  if (method.getDeclaringClass() == Object.class) {
                    return method.getName().equals("toString") ? "FakeTeleco" : null;
                  }
                  calls.incrementAndGet();
                  Object result = results.get(method.getName());
                  return result == null
                      ? Uni.createFrom()
                          .failure(new IllegalStateException("Unexpected call " + method.getName()))
                      : Uni.createFrom().item(result);
                });
  }

  TelecoClient client() {
    return client;
  }

  int calls() {
    return calls.get();
  }
}
