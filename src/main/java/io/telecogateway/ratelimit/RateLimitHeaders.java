package io.telecogateway.ratelimit;

/**
 * The rate-limit response fields of draft-ietf-httpapi-ratelimit-headers, with one policy named
 * {@code "tenant"}.
 */
public final class RateLimitHeaders {

  public static final String POLICY = "RateLimit-Policy";
  public static final String LIMIT = "RateLimit";
  public static final String RETRY_AFTER = "Retry-After";

  private RateLimitHeaders() {}

  /** Formats {@code "tenant";q=<burst>;w=<seconds an empty bucket takes to fill>}. */
  public static String policy(RateLimitPolicy policy) {
    return "\"tenant\";q=" + policy.quota() + ";w=" + policy.windowSeconds();
  }

  /** Formats {@code "tenant";r=<tokens left>;t=<seconds until the bucket is full>}. */
  public static String limit(RateLimitDecision decision) {
    return "\"tenant\";r=" + decision.remaining() + ";t=" + decision.resetSeconds();
  }
}
