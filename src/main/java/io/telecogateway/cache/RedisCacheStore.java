package io.telecogateway.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries in Redis, shared by every replica. Each entry is a JSON string under {@link
 * CacheKey#storageKey()}: {@code {"fetchedAt":"<ISO-8601 instant>","items":[...]}}, the items in
 * Teleco's field names, with a Redis expiry of the kind's TTL plus {@code gateway.cache.max-stale}.
 * Every command fails after {@code gateway.cache.store-timeout}.
 */
final class RedisCacheStore implements CacheStore {

  /**
   * Reads and writes entries independently of the application's JSON settings, so that the stored
   * format stays the same when those change. Unknown fields are ignored so that replicas of
   * different versions can share entries.
   */
  private static final ObjectMapper ENTRIES =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Keys requested from Redis per {@code SCAN} step when a kind is cleared. */
  private static final String SCAN_COUNT = "500";

  private final ReactiveRedisDataSource redis;
  private final CacheSettings settings;

  RedisCacheStore(ReactiveRedisDataSource redis, CacheSettings settings) {
    this.redis = redis;
    this.settings = settings;
  }

  @Override
  public Uni<CacheEntry> get(CacheKey key) {
    return execute("GET", key.storageKey())
        .map(reply -> reply == null ? null : read(key.kind(), reply.toString()));
  }

  @Override
  public Uni<Void> put(CacheKey key, CacheEntry entry) {
    String expiryMillis = Long.toString(settings.retention(key.kind()).toMillis());
    return execute("SET", key.storageKey(), write(entry), "PX", expiryMillis).replaceWithVoid();
  }

  @Override
  public Uni<Void> remove(CacheKey key) {
    return execute("DEL", key.storageKey()).replaceWithVoid();
  }

  /** Deletes the kind's keys with {@code SCAN} and {@code UNLINK}, a batch at a time. */
  @Override
  public Uni<Void> clear(CacheKind kind) {
    return clearFrom("0", CacheKey.storagePattern(kind));
  }

  private Uni<Void> clearFrom(String cursor, String pattern) {
    return execute("SCAN", cursor, "MATCH", pattern, "COUNT", SCAN_COUNT)
        .flatMap(
            reply -> {
              String next = reply.get(0).toString();
              List<String> keys = new ArrayList<>();
              reply.get(1).forEach(key -> keys.add(key.toString()));
              Uni<Void> deleted =
                  keys.isEmpty()
                      ? Uni.createFrom().voidItem()
                      : execute("UNLINK", keys.toArray(String[]::new)).replaceWithVoid();
              return "0".equals(next)
                  ? deleted
                  : deleted.flatMap(ignored -> clearFrom(next, pattern));
            });
  }

  private Uni<Response> execute(String command, String... args) {
    return redis.execute(command, args).ifNoItem().after(settings.storeTimeout()).fail();
  }

  private static String write(CacheEntry entry) {
    ObjectNode node = ENTRIES.createObjectNode();
    node.put("fetchedAt", entry.fetchedAt().toString());
    node.set("items", ENTRIES.valueToTree(entry.items()));
    try {
      return ENTRIES.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not serialize a cache entry", e);
    }
  }

  /**
   * Parses a stored entry.
   *
   * @throws IllegalStateException when the value is not an entry of the kind, which the cache then
   *     handles like a failed read
   */
  private static CacheEntry read(CacheKind kind, String json) {
    try {
      JsonNode node = ENTRIES.readTree(json);
      JsonNode fetchedAt = node.get("fetchedAt");
      JsonNode items = node.get("items");
      if (fetchedAt == null || !fetchedAt.isTextual() || items == null || !items.isArray()) {
        throw new IllegalStateException(
            "A " + kind.id() + " entry in Redis lacks fetchedAt or items");
      }
      List<?> list =
          ENTRIES.convertValue(
              items, ENTRIES.getTypeFactory().constructCollectionType(List.class, kind.itemType()));
      return new CacheEntry(list, Instant.parse(fetchedAt.asText()));
    } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalStateException("A " + kind.id() + " entry in Redis is not readable", e);
    }
  }
}
