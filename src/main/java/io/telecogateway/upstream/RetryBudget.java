package io.telecogateway.upstream;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * A token bucket that caps retries, in the manner of gRPC's retry throttling and Finagle's retry
 * budget: every attempt that gets a response from Teleco adds {@code ratio} tokens, up to {@code
 * maxTokens}, and every retry takes one whole token. During an outage no response arrives, so once
 * the stored tokens are spent, failed calls are no longer retried and the upstream receives each
 * call once. Over any period, retries are at most {@code maxTokens} plus {@code ratio} times the
 * attempts that got a response.
 *
 * <p>Thread-safe without locks: the balance is kept in thousandths of a token.
 */
final class RetryBudget {

  private static final Logger LOG = Logger.getLogger(RetryBudget.class);
  private static final long ONE_TOKEN = 1000;

  private final long capacity;
  private final long depositPerAnswer;
  private final AtomicLong balance;
  private final AtomicBoolean exhausted = new AtomicBoolean();

  /**
   * @param ratio tokens added per attempt that got a response, from 0 to 1
   * @param maxTokens tokens held when full, at least 1; the bucket starts full
   */
  RetryBudget(double ratio, int maxTokens) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be from 0 to 1, got " + ratio);
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
    }
    this.capacity = maxTokens * ONE_TOKEN;
    this.depositPerAnswer = Math.round(ratio * ONE_TOKEN);
    this.balance = new AtomicLong(capacity);
  }

  /** Adds the tokens earned by one attempt that got a response from Teleco. */
  void deposit() {
    long after = balance.accumulateAndGet(depositPerAnswer, (b, d) -> Math.min(capacity, b + d));
    if (after >= ONE_TOKEN && exhausted.compareAndSet(true, false)) {
      LOG.info("The retry budget holds a token again: failed Teleco calls are retried again");
    }
  }

  /** Tells whether a retry could be paid for now, without taking a token. */
  boolean canRetry() {
    boolean available = balance.get() >= ONE_TOKEN;
    if (!available) {
      noteExhausted();
    }
    return available;
  }

  /** Takes one token for a retry, or returns false when the bucket contains less than one. */
  boolean tryWithdraw() {
    while (true) {
      long current = balance.get();
      if (current < ONE_TOKEN) {
        noteExhausted();
        return false;
      }
      if (balance.compareAndSet(current, current - ONE_TOKEN)) {
        return true;
      }
    }
  }

  /** Returns the tokens held, fractions included. */
  double tokens() {
    return balance.get() / (double) ONE_TOKEN;
  }

  private void noteExhausted() {
    // Logged once per exhaustion rather than per denied retry, which would flood during an outage.
    if (exhausted.compareAndSet(false, true)) {
      LOG.warn(
          "The retry budget is spent: failed Teleco calls are not retried until Teleco answers"
              + " again");
    }
  }
}
