package io.telecogateway.simulator;

/**
 * The filters of a number search. A null filter matches every number.
 *
 * @param prefix an NPA (3 digits) or NPA-NXX (6 digits)
 * @param rateCenter compared without regard to case
 */
record NumberSearch(
    PoolNumber.Kind kind, long providerId, String prefix, String stateId, String rateCenter) {

  boolean matches(PoolNumber number) {
    return number.kind() == kind
        && number.providerId() == providerId
        && (prefix == null || number.didNumber().startsWith(prefix))
        && (stateId == null || stateId.equals(number.stateId()))
        && (rateCenter == null || rateCenter.equalsIgnoreCase(number.rateCenter()));
  }
}
