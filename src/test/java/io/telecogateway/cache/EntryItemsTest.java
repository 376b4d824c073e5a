package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EntryItemsTest {

  private static final CacheStatus HIT =
      CacheStatus.hit(new CacheEntry(List.of(), Instant.EPOCH), Duration.ofHours(1), Instant.EPOCH);

  @Test
  void derivedValueIsComputedOnce() {
    CacheEntry entry = new CacheEntry(List.of("a", "b"), Instant.EPOCH);
    AtomicInteger computed = new AtomicInteger();

    for (int i = 0; i < 3; i++) {
      CachedItems<String> served = items(entry);
      String joined = served.derived(list -> computed.incrementAndGet() + ":" + list);
      assertThat(joined).isEqualTo("1:[a, b]");
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void entriesDeriveSeparately() {
    CacheEntry first = new CacheEntry(List.of("a"), Instant.EPOCH);
    CacheEntry second = new CacheEntry(List.of("a"), Instant.EPOCH);

    String derivedFirst = items(first).derived(list -> "first");
    String derivedSecond = items(second).derived(list -> "second");

    assertThat(derivedFirst).isEqualTo("first");
    assertThat(derivedSecond).isEqualTo("second");
  }

  @Test
  void plainListDerivesOnEveryCall() {
    CachedItems<String> served = new CachedItems<>(List.of("a"), HIT);
    AtomicInteger computed = new AtomicInteger();

    served.derived(list -> computed.incrementAndGet());
    served.derived(list -> computed.incrementAndGet());

    assertThat(computed).hasValue(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void itemsAreCopiedAndUnmodifiable() {
    List<String> source = new ArrayList<>(Arrays.asList("a", null));
    CacheEntry entry = new CacheEntry(source, Instant.EPOCH);
    source.add("c");

    List<Object> items = (List<Object>) entry.items();
    assertThat(items).containsExactly("a", null);
    assertThatThrownBy(() -> items.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void entriesWithEqualItemsAreEqual() {
    assertThat(new CacheEntry(List.of("a"), Instant.EPOCH))
        .isEqualTo(new CacheEntry(List.of("a"), Instant.EPOCH));
  }

  @SuppressWarnings("unchecked")
  private static CachedItems<String> items(CacheEntry entry) {
    return new CachedItems<>((List<String>) entry.items(), HIT);
  }
}
