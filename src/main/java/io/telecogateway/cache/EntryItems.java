package io.telecogateway.cache;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The unmodifiable items of one cache entry, with room for one value derived from them, such as a
 * rendered response body. An entry kept in memory serves every hit with the same instance, so the
 * value is computed once per entry instead of once per request.
 */
final class EntryItems<E> extends AbstractList<E> implements RandomAccess {

  private final List<E> elements;
  private volatile Object derived;

  EntryItems(List<? extends E> elements) {
    // Not List.copyOf, which rejects null elements that a Teleco list may contain.
    this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
  }

  @Override
  public E get(int index) {
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }

  /**
   * Returns {@code derive} applied to these items, computing it on the first call only. Two
   * requests that arrive together may both compute it, and either result is then kept.
   */
  @SuppressWarnings("unchecked")
  <R> R derived(Function<? super List<E>, R> derive) {
    Object value = derived;
    if (value == null) {
      value = derive.apply(this);
      derived = value;
    }
    return (R) value;
  }
}
