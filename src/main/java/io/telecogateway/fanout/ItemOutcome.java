package io.telecogateway.fanout;

import io.telecogateway.problem.ApiException;

/**
 * The outcome of one item of a batch.
 *
 * @param failure why the item failed, or null when it succeeded
 */
public record ItemOutcome(ApiException failure) {

  static final ItemOutcome SUCCEEDED = new ItemOutcome(null);

  public boolean succeeded() {
    return failure == null;
  }
}
