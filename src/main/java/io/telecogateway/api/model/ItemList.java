package io.telecogateway.api.model;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list response: {@code {"items": [...]}}. */
public record ItemList<T>(@Schema(description = "The items, in Teleco's order") List<T> items) {

  /** Maps each element of an upstream list; a null list becomes an empty one. */
  public static <U, T> ItemList<T> of(List<U> upstream, Function<U, T> mapper) {
    return new ItemList<>(upstream == null ? List.of() : upstream.stream().map(mapper).toList());
  }
}
