package io.telecogateway.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.telecogateway.api.model.ItemList;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A list whose JSON array is rendered once, when the list is built, and then written unchanged into
 * every response that carries it. Cached reference data is served with it, so that a cache hit does
 * not serialize its items again.
 */
@JsonSerialize(using = RenderedList.Writer.class)
final class RenderedList<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final SerializableString json;

  private RenderedList(List<T> items, String json) {
    this.items = items;
    this.json = new SerializedString(json);
  }

  /**
   * Maps upstream records to the public model and renders them with {@code mapper}, which must be
   * the application's {@link ObjectMapper}, so that the bytes match what serializing the mapped
   * list would write.
   */
  static <U, T> ItemList<T> itemList(
      List<U> upstream, Function<U, T> toModel, ObjectMapper mapper) {
    List<T> items = upstream.stream().map(toModel).toList();
    try {
      return new ItemList<>(new RenderedList<>(items, mapper.writeValueAsString(items)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Failed to render a list of " + items.size() + " items as JSON", e);
    }
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  /** Writes the rendered array unchanged. */
  static final class Writer extends StdSerializer<RenderedList<?>> {

    @SuppressWarnings("unchecked")
    Writer() {
      super((Class<RenderedList<?>>) (Class<?>) RenderedList.class);
    }

    @Override
    public void serialize(RenderedList<?> value, JsonGenerator generator, SerializerProvider unused)
        throws IOException {
      generator.writeRawValue(value.json);
    }
  }
}
