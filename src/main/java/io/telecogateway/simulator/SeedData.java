package io.telecogateway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the state that the simulator starts with and returns to on reset. Everything here is
 * fixed, so tests can rely on it; docs/simulator.md lists the same data.
 */
final class SeedData {

  /** Tier type of every local number. */
  static final long LOCAL_TIER_TYPE = 1121;

  /**
   * Tier type of every toll-free number. The provider's documentation does not give one, so this
   * value is the simulator's own.
   */
  static final long TOLL_FREE_TIER_TYPE = 1131;

  static final long NORTHWIND_ID = 1;
  static final long CONTOSO_ID = 2;

  /** The exchange and line prefix of every pool number: 555-0100 to 555-0199 are fictional. */
  static final String FICTIONAL_LINES = "55501";

  static final String DEMO_API_KEY = "5d1c0e2a9b7f4c3e8a6f0b1d2c3e4f5a6b7c8d9e";
  static final String ACME_API_KEY = "acme:kéy/ü+=0123456789";
  static final String GLOBEX_API_KEY = "globex-api-key-7f3a9c";

  private static final Instant ACCOUNTS_CREATED_AT = Instant.parse("2026-01-05T09:00:00.000Z");
  private static final Instant DEMO_ORDERED_AT = Instant.parse("2026-01-06T10:15:00.000Z");
  private static final Instant DEMO_ROUTED_AT = Instant.parse("2026-01-06T10:20:00.000Z");
  private static final Instant DEMO_FORWARDED_AT = Instant.parse("2026-01-06T10:25:00.000Z");

  private SeedData() {}

  static SimulatorState create() {
    Catalog catalog = catalog();
    NumberPool pool = pool(catalog);
    IdSequences ids = new IdSequences(103, 3, 9001);

    Account demo = account(1, "demo", "demo-password", DEMO_API_KEY, ids);
    Account acme = account(2, "acme", "acme-password", ACME_API_KEY, ids);
    Account globex = account(3, "globex", "globex-password", GLOBEX_API_KEY, ids);
    for (Account account : List.of(demo, acme, globex)) {
      account.seedCarrier(
          new Carrier(
              1,
              "Main SIP trunk",
              NORTHWIND_ID,
              "Northwind Telecom",
              true,
              true,
              null,
              null,
              null));
    }

    seedDemoInventory(demo, pool);
    demo.seedSubClient(
        new SubClient(1, "Demo support", "support@demo.example", "demo-support", true));
    globex.seedSubClient(
        new SubClient(2, "Globex billing", "billing@globex.example", "globex-billing", false));

    return new SimulatorState(catalog, pool, ids, List.of(demo, acme, globex));
  }

  private static Catalog catalog() {
    List<Catalog.Provider> providers =
        List.of(
            new Catalog.Provider(NORTHWIND_ID, "Northwind Telecom"),
            new Catalog.Provider(CONTOSO_ID, "Contoso Voice"));
    List<Catalog.UsState> states =
        List.of(
            state("AL", "Alabama", "BIRMINGHAM", "205", "HUNTSVILLE", "256", "MOBILE", "251"),
            state(
                "CA",
                "California",
                "LOS ANGELES",
                "213",
                "SAN DIEGO",
                "619",
                "SAN FRANCISCO",
                "415"),
            state("FL", "Florida", "MIAMI", "305", "ORLANDO", "407", "TAMPA", "813"),
            state("NY", "New York", "ALBANY", "518", "BUFFALO", "716", "NEW YORK", "212"),
            state("TX", "Texas", "AUSTIN", "512", "DALLAS", "214", "HOUSTON", "713"));
    return new Catalog(providers, states);
  }

  /** Builds a state from (rate center, area code) pairs. */
  private static Catalog.UsState state(String id, String name, String... rateCenters) {
    List<Catalog.RateCenter> centers = new ArrayList<>();
    for (int index = 0; index < rateCenters.length; index += 2) {
      centers.add(new Catalog.RateCenter(id, rateCenters[index], rateCenters[index + 1]));
    }
    return new Catalog.UsState(id, name, centers);
  }

  /**
   * Fills the pool with 100 numbers per rate center (NPA + 55501 + 00 to 99) and 100 toll-free
   * numbers (800555 0100 to 0199). Northwind Telecom offers AL, CA, NY and the toll-free numbers.
   * Contoso Voice offers FL and TX.
   */
  private static NumberPool pool(Catalog catalog) {
    NumberPool pool = new NumberPool();
    for (Catalog.UsState state : catalog.states()) {
      long providerId =
          state.id().equals("FL") || state.id().equals("TX") ? CONTOSO_ID : NORTHWIND_ID;
      for (Catalog.RateCenter center : state.rateCenters()) {
        for (int line = 0; line < 100; line++) {
          pool.add(
              new PoolNumber(
                  center.areaCode() + FICTIONAL_LINES + String.format("%02d", line),
                  PoolNumber.Kind.LOCAL,
                  state.id(),
                  center.name(),
                  providerId,
                  LOCAL_TIER_TYPE));
        }
      }
    }
    for (int line = 0; line < 100; line++) {
      pool.add(
          new PoolNumber(
              "800" + FICTIONAL_LINES + String.format("%02d", line),
              PoolNumber.Kind.TOLL_FREE,
              null,
              null,
              NORTHWIND_ID,
              TOLL_FREE_TIER_TYPE));
    }
    return pool;
  }

  private static Account account(
      long id, String username, String password, String apiKey, IdSequences ids) {
    return new Account(
        id,
        username,
        username + "@example.com",
        password,
        apiKey,
        ACCOUNTS_CREATED_AT,
        List.of(new SubAccount(1, "Support line"), new SubAccount(2, "Sales line")),
        ids);
  }

  /**
   * Gives the demo account inventory ids 101 (2055550198, not routed) and 102 (2055550199, routed
   * to carrier 1 and sub account 1 and forwarded to 12125550150), with their log entries.
   */
  private static void seedDemoInventory(Account demo, NumberPool pool) {
    PoolNumber plain = pool.remove("2055550198");
    PoolNumber routed = pool.remove("2055550199");
    demo.seedInventoryItem(
        new InventoryItem(
            101,
            plain.didNumber(),
            plain.stateId(),
            plain.rateCenter(),
            plain.providerId(),
            null,
            null,
            "voice",
            null,
            DEMO_ORDERED_AT));
    demo.seedInventoryItem(
        new InventoryItem(
            102,
            routed.didNumber(),
            routed.stateId(),
            routed.rateCenter(),
            routed.providerId(),
            1L,
            1L,
            "voice",
            "12125550150",
            DEMO_ORDERED_AT));
    demo.seedActivity("Ordered 2055550198, 2055550199", DEMO_ORDERED_AT);
    demo.seedActivity("Routed 2055550199 to carrier 1 and sub account 1", DEMO_ROUTED_AT);
    demo.seedActivity("Set call forward on 2055550199 to 12125550150", DEMO_FORWARDED_AT);
  }
}
