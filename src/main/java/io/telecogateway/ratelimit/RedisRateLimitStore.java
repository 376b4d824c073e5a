package io.telecogateway.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Token buckets in Redis, shared by every replica. Each decision is one round trip: a Lua script
 * that reads the bucket, decides and writes it back atomically, using the Redis server's clock.
 *
 * <p>The script keeps the bucket as GCRA state (one number per tenant, under {@code
 * teleco-gateway:rl:<tenant>}), which admits exactly what a token bucket does. It runs with {@code
 * EVALSHA}, and with {@code EVAL} when Redis does not hold it yet (after a restart or a {@code
 * SCRIPT FLUSH}). Calling {@code TIME} before writing needs script effects replication, the default
 * since Redis 5.
 */
public class RedisRateLimitStore implements RateLimitStore {

  /** The prefix of every rate-limit key. */
  public static final String KEY_PREFIX = "teleco-gateway:rl:";

  // Every value is a whole number of microseconds below 2^53, so Lua's doubles hold them exactly.
  // GCRA with a tolerance of burst * interval admits what a token bucket of capacity burst,
  // refilled with one token per interval, admits.
  static final String SCRIPT =
      """
      -- KEYS[1] the tenant's key; ARGV: microseconds per token, burst, cost.
      -- Returns {admitted 1|0, whole tokens remaining, microseconds until the same cost would be
      -- admitted (0 when admitted), microseconds until the bucket is full}.
      local interval = tonumber(ARGV[1])
      local burst = tonumber(ARGV[2])
      local cost = tonumber(ARGV[3])
      local time = redis.call('TIME')
      local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
      local tolerance = interval * burst
      local tat = tonumber(redis.call('GET', KEYS[1]))
      if tat == nil or tat < now then
        tat = now
      end
      local new_tat = tat + interval * cost
      local allow_at = new_tat - tolerance
      if allow_at > now then
        local remaining = math.floor((tolerance - (tat - now)) / interval)
        return {0, remaining, allow_at - now, tat - now}
      end
      -- A missing key means a full bucket, so the key may expire once the bucket has refilled.
      local ttl_ms = math.ceil((new_tat - now) / 1000) + 1000
      -- '%.0f' writes every digit; Lua's default number-to-string conversion keeps only 14.
      redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', ttl_ms)
      local remaining = math.floor((tolerance - (new_tat - now)) / interval)
      return {1, remaining, 0, new_tat - now}
      """;

  static final String SCRIPT_SHA1 = sha1Hex(SCRIPT);

  private static final long NANOS_PER_MICRO = 1_000;

  private final ReactiveRedisDataSource redis;
  private final Duration timeout;

  public RedisRateLimitStore(ReactiveRedisDataSource redis, Duration timeout) {
    this.redis = redis;
    this.timeout = timeout;
  }

  @Override
  public Uni<RateLimitDecision> tryAcquire(String tenant, RateLimitPolicy policy, long tokens) {
    String[] args = {
      "1",
      KEY_PREFIX + tenant,
      Long.toString(microsPerToken(policy)),
      Long.toString(policy.burst()),
      Long.toString(tokens)
    };
    return redis
        .execute(Command.EVALSHA, prepend(SCRIPT_SHA1, args))
        .onFailure(RedisRateLimitStore::isNoScript)
        .recoverWithUni(() -> redis.execute(Command.EVAL, prepend(SCRIPT, args)))
        .ifNoItem()
        .after(timeout)
        .fail()
        .map(reply -> toDecision(policy, reply));
  }

  /**
   * Returns the interval between two tokens in whole microseconds, at least 1. Rounding changes the
   * rate by less than 0.05% up to 1,000 requests per second, and not at all when the rate divides
   * one million.
   */
  static long microsPerToken(RateLimitPolicy policy) {
    return Math.max(1, Math.round(1_000_000 / policy.requestsPerSecond()));
  }

  private static RateLimitDecision toDecision(RateLimitPolicy policy, Response reply) {
    return new RateLimitDecision(
        policy,
        reply.get(0).toLong() == 1,
        Math.max(0, reply.get(1).toLong()),
        reply.get(3).toLong() * NANOS_PER_MICRO,
        reply.get(2).toLong() * NANOS_PER_MICRO);
  }

  private static boolean isNoScript(Throwable failure) {
    return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String sha1Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-1", e);
    }
  }
}
