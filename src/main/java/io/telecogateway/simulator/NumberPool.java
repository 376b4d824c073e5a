package io.telecogateway.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The numbers that the providers offer, shared by all accounts: a number that one account orders
 * leaves the pool for every account. Thread-safe.
 */
final class NumberPool {

  private final TreeMap<String, PoolNumber> available = new TreeMap<>();

  synchronized void add(PoolNumber number) {
    available.put(number.didNumber(), number);
  }

  /** Removes a number while the seed data is built, as if an account had ordered it. */
  synchronized PoolNumber remove(String didNumber) {
    PoolNumber number = available.remove(didNumber);
    if (number == null) {
      throw new IllegalArgumentException("The pool does not contain " + didNumber);
    }
    return number;
  }

  /** Returns at most {@code limit} matching numbers in ascending order. */
  synchronized List<PoolNumber> search(NumberSearch search, int limit) {
    List<PoolNumber> matches = new ArrayList<>();
    for (PoolNumber number : available.values()) {
      if (matches.size() == limit) {
        break;
      }
      if (search.matches(number)) {
        matches.add(number);
      }
    }
    return matches;
  }

  /**
   * Takes every number of an order out of the pool, or none of them. Each line must name an
   * available number with the provider and tier type of the pool entry.
   *
   * @throws InvalidRequestException naming each line that cannot be ordered; the pool is unchanged
   */
  synchronized List<PoolNumber> reserve(List<OrderLine> lines) {
    List<String> errors = new ArrayList<>();
    List<PoolNumber> reserved = new ArrayList<>();
    for (OrderLine line : lines) {
      PoolNumber number = available.get(line.didNumber());
      if (number == null) {
        errors.add(line.field() + ".did_number " + line.didNumber() + " is not available");
      } else if (number.providerId() != line.providerId()) {
        errors.add(
            line.field()
                + ".provider_id "
                + line.providerId()
                + " does not offer "
                + line.didNumber()
                + " (provider "
                + number.providerId()
                + " does)");
      } else if (number.tierType() != line.tierType()) {
        errors.add(
            line.field()
                + ".tier_type "
                + line.tierType()
                + " does not match "
                + line.didNumber()
                + ", whose tier type is "
                + number.tierType());
      } else {
        reserved.add(number);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    for (PoolNumber number : reserved) {
      available.remove(number.didNumber());
    }
    return reserved;
  }
}
