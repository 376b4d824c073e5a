package io.telecogateway.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Idempotency records in Redis, shared by every replica. Each operation is one Lua script, which
 * Redis runs atomically, so two replicas can never both claim a key. A record is a JSON string
 * under {@code teleco-gateway:idem:<tenant>:<sha256 of the key>}, with a Redis expiry: the
 * in-flight timeout while its request runs, then one TTL after the claim.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {

  /**
   * Returns the record stored under KEYS[1], or stores ARGV[1] there with an expiry of ARGV[2]
   * milliseconds and returns nil: {@code SET NX PX} and the read of the holder in one step.
   */
  private static final String CLAIM_SCRIPT =
      """
      local current = redis.call('GET', KEYS[1])
      if current then
        return current
      end
      redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
      return false
      """;

  /**
   * Stores the response record ARGV[2] with an expiry of ARGV[3] milliseconds, unless another claim
   * than token ARGV[1] owns the key. Returns 1 when stored.
   */
  private static final String COMPLETE_SCRIPT =
      """
      local current = redis.call('GET', KEYS[1])
      if current and cjson.decode(current)['token'] ~= ARGV[1] then
        return 0
      end
      redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
      return 1
      """;

  /** Deletes the record if claim token ARGV[1] still owns it. Returns 1 when deleted. */
  private static final String RELEASE_SCRIPT =
      """
      local current = redis.call('GET', KEYS[1])
      if current and cjson.decode(current)['token'] == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """;

  /**
   * Reads and writes records independently of the application's JSON settings, so that the stored
   * format stays the same when those change. Unknown fields are ignored so that replicas of
   * different versions can share records.
   */
  private static final ObjectMapper RECORDS =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ReactiveRedisDataSource redis;
  private final LongSupplier nanoClock;
  private final long ttlMillis;
  private final long inFlightMillis;

  public RedisIdempotencyStore(
      ReactiveRedisDataSource redis,
      Duration ttl,
      Duration inFlightTimeout,
      LongSupplier nanoClock) {
    this.redis = redis;
    this.nanoClock = nanoClock;
    this.ttlMillis = ttl.toMillis();
    this.inFlightMillis = Math.min(inFlightTimeout.toMillis(), ttlMillis);
  }

  @Override
  public Uni<ClaimResult> claim(RecordKey key, String fingerprint) {
    long now = nanoClock.getAsLong();
    String token = UUID.randomUUID().toString();
    String inFlight = write(new IdempotencyRecord(token, fingerprint, null));
    return eval(CLAIM_SCRIPT, key, inFlight, Long.toString(inFlightMillis))
        .map(
            existing ->
                existing == null
                    ? new ClaimResult.Acquired(new Claim(key, token, fingerprint, now))
                    : new ClaimResult.Existing(read(existing.toString())));
  }

  @Override
  public Uni<Boolean> complete(Claim claim, StoredResponse response) {
    long elapsedMillis =
        Duration.ofNanos(nanoClock.getAsLong() - claim.claimedAtNanos()).toMillis();
    long remainingMillis = ttlMillis - elapsedMillis;
    if (remainingMillis <= 0) {
      return Uni.createFrom().item(false);
    }
    String done = write(new IdempotencyRecord(claim.token(), claim.fingerprint(), response));
    return eval(COMPLETE_SCRIPT, claim.key(), claim.token(), done, Long.toString(remainingMillis))
        .map(stored -> stored != null && stored.toLong() == 1);
  }

  @Override
  public Uni<Void> release(Claim claim) {
    return eval(RELEASE_SCRIPT, claim.key(), claim.token()).replaceWithVoid();
  }

  @Override
  public Uni<Void> ping() {
    return redis.execute("PING").replaceWithVoid();
  }

  private Uni<Response> eval(String script, RecordKey key, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = script;
    command[1] = "1";
    command[2] = key.storageKey();
    System.arraycopy(args, 0, command, 3, args.length);
    return redis.execute("EVAL", command);
  }

  private String write(IdempotencyRecord record) {
    try {
      return RECORDS.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not serialize an idempotency record", e);
    }
  }

  private IdempotencyRecord read(String json) {
    try {
      return RECORDS.readValue(json, IdempotencyRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read an idempotency record from Redis", e);
    }
  }
}
