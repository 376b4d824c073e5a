package io.telecogateway.upstream;

/**
 * A search for available numbers. Null members are not sent.
 *
 * @param searchType {@code local_did}, {@code fax_did}, {@code tollfree_did} or {@code
 *     international_did}
 * @param prefix an NPA (3 digits) or NPA-NXX (6 digits) prefix, sent with {@code npanxx: "true"}
 */
public record SearchCriteria(String searchType, String prefix, String state, String rateCenter) {}
