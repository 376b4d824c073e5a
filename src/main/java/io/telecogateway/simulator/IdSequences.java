package io.telecogateway.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids that are unique across accounts, so that one account's id is a 404 for every other account
 * instead of naming another record.
 */
final class IdSequences {

  private final AtomicLong inventory;
  private final AtomicLong subClients;
  private final AtomicLong orders;

  IdSequences(long firstInventoryId, long firstSubClientId, long firstOrderId) {
    inventory = new AtomicLong(firstInventoryId);
    subClients = new AtomicLong(firstSubClientId);
    orders = new AtomicLong(firstOrderId);
  }

  long nextInventoryId() {
    return inventory.getAndIncrement();
  }

  long nextSubClientId() {
    return subClients.getAndIncrement();
  }

  long nextOrderId() {
    return orders.getAndIncrement();
  }
}
