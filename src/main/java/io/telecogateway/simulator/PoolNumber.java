package io.telecogateway.simulator;

/**
 * A number that a provider offers and no account has ordered yet.
 *
 * @param stateId null for a toll-free number
 * @param rateCenter null for a toll-free number
 */
record PoolNumber(
    String didNumber,
    Kind kind,
    String stateId,
    String rateCenter,
    long providerId,
    long tierType) {

  enum Kind {
    LOCAL,
    TOLL_FREE
  }
}
