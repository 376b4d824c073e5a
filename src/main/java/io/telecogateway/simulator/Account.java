package io.telecogateway.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One Teleco account with its carriers, inventory, sub clients and activity log. Every method that
 * reads or changes the mutable state holds the account's monitor, so calls for one account run one
 * at a time while calls for different accounts run in parallel.
 *
 * <p>Each successful write adds exactly one activity log entry.
 */
final class Account {

  private final long id;
  private final String username;
  private final String email;
  private final String password;
  private final Instant createdAt;
  private final IdSequences ids;
  private final List<SubAccount> subAccounts;

  private String apiKey;
  private final TreeMap<Long, Carrier> carriers = new TreeMap<>();
  private final TreeMap<Long, InventoryItem> inventory = new TreeMap<>();
  private final TreeMap<Long, SubClient> subClients = new TreeMap<>();

  /** Newest entry first. */
  private final Deque<ActivityEntry> activity = new ArrayDeque<>();

  private long nextCarrierId = 1;
  private long nextActivityId = 1;

  Account(
      long id,
      String username,
      String email,
      String password,
      String apiKey,
      Instant createdAt,
      List<SubAccount> subAccounts,
      IdSequences ids) {
    this.id = id;
    this.username = username;
    this.email = email;
    this.password = password;
    this.apiKey = apiKey;
    this.createdAt = createdAt;
    this.subAccounts = List.copyOf(subAccounts);
    this.ids = ids;
  }

  long id() {
    return id;
  }

  String username() {
    return username;
  }

  String email() {
    return email;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Compares in constant time, so that the response time does not reveal a matching prefix. */
  boolean hasPassword(String candidate) {
    return MessageDigest.isEqual(
        password.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  synchronized boolean hasApiKey(String candidate) {
    return MessageDigest.isEqual(
        apiKey.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  synchronized String apiKey() {
    return apiKey;
  }

  synchronized void replaceApiKey(String newApiKey) {
    apiKey = newApiKey;
  }

  // Carriers and sub accounts

  synchronized List<Carrier> carriers() {
    return List.copyOf(carriers.values());
  }

  synchronized boolean hasCarrier(long carrierId) {
    return carriers.containsKey(carrierId);
  }

  /**
   * Adds a carrier with the next carrier id of this account. A new primary carrier takes the
   * primary flag from the carrier that had it, so that an account has at most one.
   */
  synchronized Carrier addCarrier(
      String accountName,
      Catalog.Provider provider,
      boolean enabled,
      boolean primary,
      String carrierUsername,
      String carrierPassword,
      String apiToken) {
    if (primary) {
      carriers.replaceAll((carrierId, carrier) -> carrier.withPrimary(false));
    }
    Carrier carrier =
        new Carrier(
            nextCarrierId++,
            accountName,
            provider.id(),
            provider.name(),
            enabled,
            primary,
            carrierUsername,
            carrierPassword,
            apiToken);
    carriers.put(carrier.id(), carrier);
    log("Created carrier " + accountName);
    return carrier;
  }

  List<SubAccount> subAccounts() {
    return subAccounts;
  }

  // Inventory

  /**
   * Returns one page of the inventory in ascending id order. A page after the last one is empty.
   */
  synchronized InventoryPage inventoryPage(int page, int perPage) {
    int totalCount = inventory.size();
    int totalPages = (totalCount + perPage - 1) / perPage;
    List<InventoryItem> items =
        inventory.values().stream()
            .skip((long) (page - 1) * perPage)
            .limit(perPage)
            .collect(Collectors.toList());
    return new InventoryPage(items, page, totalPages, totalCount);
  }

  /**
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized InventoryItem inventoryItem(long inventoryId) {
    InventoryItem item = inventory.get(inventoryId);
    if (item == null) {
      throw new NotFoundException("Inventory " + inventoryId + " not found");
    }
    return item;
  }

  /** Adds the numbers of an order, which the caller has already taken out of the pool. */
  synchronized List<InventoryItem> addOrderedNumbers(
      List<PoolNumber> numbers, List<String> didTypes, Instant orderedAt) {
    List<InventoryItem> added = new ArrayList<>();
    for (int index = 0; index < numbers.size(); index++) {
      PoolNumber number = numbers.get(index);
      InventoryItem item =
          new InventoryItem(
              ids.nextInventoryId(),
              number.didNumber(),
              number.stateId(),
              number.rateCenter(),
              number.providerId(),
              null,
              null,
              didTypes.get(index),
              null,
              orderedAt);
      inventory.put(item.id(), item);
      added.add(item);
    }
    log(
        "Ordered "
            + added.stream().map(InventoryItem::didNumber).collect(Collectors.joining(", ")));
    return added;
  }

  /**
   * Routes every line, or none of them when any line names a number outside this account's
   * inventory, another provider, or an unknown carrier or sub account.
   *
   * @throws InvalidRequestException naming each invalid line
   */
  synchronized List<InventoryItem> route(List<RouteLine> lines) {
    List<String> errors = new ArrayList<>();
    List<InventoryItem> targets = new ArrayList<>();
    for (RouteLine line : lines) {
      InventoryItem item = findByDidNumber(line.didNumber());
      if (item == null) {
        errors.add(
            line.field()
                + ".did_number "
                + line.didNumber()
                + " is not in the inventory of this account");
      } else if (item.providerId() != line.providerId()) {
        errors.add(
            line.field()
                + ".provider_id "
                + line.providerId()
                + " does not match "
                + line.didNumber()
                + ", which comes from provider "
                + item.providerId());
      }
      if (!carriers.containsKey(line.carrierId())) {
        errors.add(
            line.field() + ".carrier_id " + line.carrierId() + " is not a carrier of this account");
      }
      if (subAccounts.stream().noneMatch(subAccount -> subAccount.id() == line.subaccountId())) {
        errors.add(
            line.field()
                + ".subaccount "
                + line.subaccountId()
                + " is not a sub account of this account");
      }
      targets.add(item);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }

    List<InventoryItem> routed = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      RouteLine line = lines.get(index);
      InventoryItem item = targets.get(index).withRoute(line.carrierId(), line.subaccountId());
      inventory.put(item.id(), item);
      routed.add(item);
      descriptions.add(
          line.didNumber()
              + " to carrier "
              + line.carrierId()
              + " and sub account "
              + line.subaccountId());
    }
    log("Routed " + String.join("; ", descriptions));
    return routed;
  }

  /**
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized InventoryItem setForward(long inventoryId, String forwardNumber) {
    InventoryItem item = inventoryItem(inventoryId).withForwardNumber(forwardNumber);
    inventory.put(item.id(), item);
    log("Set call forward on " + item.didNumber() + " to " + forwardNumber);
    return item;
  }

  /**
   * Clears the call forward, which succeeds when none is set.
   *
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized InventoryItem removeForward(long inventoryId) {
    InventoryItem item = inventoryItem(inventoryId).withForwardNumber(null);
    inventory.put(item.id(), item);
    log("Removed call forward on " + item.didNumber());
    return item;
  }

  /**
   * Sets or removes the call forward of each item whose id is in this account and whose number
   * matches the id. The other items fail alone. Adds one log entry when any item succeeded.
   */
  synchronized List<ForwardOutcome> changeForwards(List<ForwardChange> changes) {
    List<ForwardOutcome> outcomes = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    boolean removal = false;
    for (ForwardChange change : changes) {
      InventoryItem item = inventory.get(change.inventoryId());
      if (item == null) {
        outcomes.add(
            new ForwardOutcome(
                change.inventoryId(), "Inventory " + change.inventoryId() + " not found"));
        continue;
      }
      if (!item.didNumber().equals(change.inventoryNumber())) {
        outcomes.add(
            new ForwardOutcome(
                change.inventoryId(),
                "Inventory "
                    + change.inventoryId()
                    + " is "
                    + item.didNumber()
                    + ", not "
                    + change.inventoryNumber()));
        continue;
      }
      inventory.put(item.id(), item.withForwardNumber(change.forwardNumber()));
      outcomes.add(new ForwardOutcome(change.inventoryId(), null));
      if (change.forwardNumber() == null) {
        removal = true;
        descriptions.add(item.didNumber());
      } else {
        descriptions.add(item.didNumber() + " to " + change.forwardNumber());
      }
    }
    if (!descriptions.isEmpty()) {
      String verb = removal ? "Removed call forward on " : "Set call forward on ";
      log(verb + String.join(", ", descriptions));
    }
    return outcomes;
  }

  // Sub clients

  synchronized List<SubClient> subClients() {
    return List.copyOf(subClients.values());
  }

  /**
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized SubClient subClient(long subClientId) {
    SubClient subClient = subClients.get(subClientId);
    if (subClient == null) {
      throw new NotFoundException("Sub client " + subClientId + " not found");
    }
    return subClient;
  }

  synchronized SubClient addSubClient(
      String name, String subClientEmail, String subClientUsername, boolean enabled) {
    SubClient subClient =
        new SubClient(ids.nextSubClientId(), name, subClientEmail, subClientUsername, enabled);
    subClients.put(subClient.id(), subClient);
    log("Created sub client " + name);
    return subClient;
  }

  /**
   * Replaces the whole record.
   *
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized SubClient replaceSubClient(
      long subClientId,
      String name,
      String subClientEmail,
      String subClientUsername,
      boolean enabled) {
    subClient(subClientId);
    SubClient subClient =
        new SubClient(subClientId, name, subClientEmail, subClientUsername, enabled);
    subClients.put(subClientId, subClient);
    log("Updated sub client " + name);
    return subClient;
  }

  /**
   * @throws NotFoundException when the id is unknown or belongs to another account
   */
  synchronized void deleteSubClient(long subClientId) {
    SubClient removed = subClient(subClientId);
    subClients.remove(subClientId);
    log("Deleted sub client " + removed.name());
  }

  // Activity log

  /** Returns the entries newest first. */
  synchronized List<ActivityEntry> activity() {
    return List.copyOf(activity);
  }

  // Seed data, which is added with fixed times and without activity entries of its own.

  synchronized void seedCarrier(Carrier carrier) {
    carriers.put(carrier.id(), carrier);
    nextCarrierId = Math.max(nextCarrierId, carrier.id() + 1);
  }

  synchronized void seedInventoryItem(InventoryItem item) {
    inventory.put(item.id(), item);
  }

  synchronized void seedSubClient(SubClient subClient) {
    subClients.put(subClient.id(), subClient);
  }

  synchronized void seedActivity(String description, Instant at) {
    activity.addFirst(new ActivityEntry(nextActivityId++, description, at));
  }

  private InventoryItem findByDidNumber(String didNumber) {
    for (InventoryItem item : inventory.values()) {
      if (item.didNumber().equals(didNumber)) {
        return item;
      }
    }
    return null;
  }

  private void log(String description) {
    activity.addFirst(new ActivityEntry(nextActivityId++, description, Instant.now()));
  }
}
